import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { ElderProgrammes } from '../application/elder-programmes';

/** Adapter: the active rows of `elder_benefit`. */
@Injectable()
export class SqlElderProgrammes implements ElderProgrammes {
  constructor(private readonly uow: UnitOfWork) {}

  async of(citizenId: string): Promise<string[]> {
    const [row] = await this.uow
      .manager()
      .query(`SELECT ARRAY(SELECT DISTINCT programme FROM elder_benefit WHERE citizen_id = $1 AND active ORDER BY programme) AS programmes`, [citizenId]);
    return row.programmes;
  }
}
