import { StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { validateConditions } from '../domain/eligibility';
import { Programme } from '../domain/programme';
import { PROGRAMME_REPOSITORY, ProgrammeRepository } from '../domain/programme.repository';

/** Operators change a programme's rules as data (no release): its eligibility conditions. */
@Injectable()
export class ProgrammeCommands {
  constructor(@Inject(PROGRAMME_REPOSITORY) private readonly programmes: ProgrammeRepository) {}

  async setEligibility(code: string, conditions: unknown, ifMatch?: number): Promise<Programme> {
    const programme = await this.programmes.require(code);
    if (ifMatch !== undefined && ifMatch !== programme.version) throw new StaleVersionError(programme.version);
    await this.programmes.saveEligibility(code, validateConditions(conditions), programme.version);
    return this.programmes.require(code);
  }
}
