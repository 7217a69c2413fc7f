import { DomainError } from '@civic/domain-kernel';
import { Inject, Injectable } from '@nestjs/common';
import { DIVISION_REPOSITORY, DivisionRepository } from '../../division/domain/division.repository';
import { randomUUID } from 'node:crypto';
import { Dwelling } from '../domain/dwelling';
import { DWELLING_REPOSITORY, DwellingRepository } from '../domain/dwelling.repository';

/** 房屋登记: a dwelling under a committee in force (community's own division register). */
@Injectable()
export class DwellingCommands {
  constructor(
    @Inject(DWELLING_REPOSITORY) private readonly dwellings: DwellingRepository,
    @Inject(DIVISION_REPOSITORY) private readonly divisions: DivisionRepository,
  ) {}

  async register(input: { committeeCode: string; address: string; kind: string }): Promise<Dwelling> {
    const dwelling = Dwelling.register({ ...input, id: randomUUID() });
    const committee = await this.divisions.find(dwelling.committeeCode);
    if (committee?.status !== 'active')
      throw new DomainError('DWELLING.COMMITTEE_UNKNOWN', `committeeCode ${dwelling.committeeCode} is no committee in force`, 'rule', 'committeeCode');
    await this.dwellings.add(dwelling);
    return dwelling;
  }
}
