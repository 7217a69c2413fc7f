import { districtOf } from '@civic/domain-kernel';
import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { Deliberation } from '../domain/deliberation';
import { DeliberationRepository } from '../domain/deliberation.repository';

/** Adapter: `deliberation` (participants as a JSON list: they are read with the record, never queried apart). */
@Injectable()
export class SqlDeliberationRepository implements DeliberationRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async add(deliberation: Deliberation): Promise<void> {
    const s = deliberation.snapshot();
    await this.uow
      .transaction()
      .query(`INSERT INTO deliberation (id, committee_code, district_code, topic, held_on, participants, resolution) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        s.id,
        s.committeeCode,
        districtOf(s.committeeCode),
        s.topic,
        s.heldOn.toString(),
        JSON.stringify(s.participants),
        s.resolution,
      ]);
  }
}
