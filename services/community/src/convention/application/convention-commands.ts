import { BusinessDate, Clock, DomainError, notInFuture } from '@civic/domain-kernel';
import { CLOCK, recordedBy } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DIVISION_REPOSITORY, DivisionRepository } from '../../division/domain/division.repository';
import { AdoptingBody, Convention, ConventionVersion } from '../domain/convention';
import { CONVENTION_REPOSITORY, ConventionRepository } from '../domain/convention.repository';

/** 居民公约: a committee's assembly adopts a new version of its convention. */
@Injectable()
export class ConventionCommands {
  constructor(
    @Inject(CONVENTION_REPOSITORY) private readonly conventions: ConventionRepository,
    @Inject(DIVISION_REPOSITORY) private readonly divisions: DivisionRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async adopt(committeeCode: string, input: { text: string; adoptedOn: string; adoptedBy: AdoptingBody }): Promise<ConventionVersion> {
    const adoptedOn = BusinessDate.parse(input.adoptedOn, 'adoptedOn');
    notInFuture(adoptedOn, BusinessDate.today(this.clock), 'adoptedOn', 'CONVENTION');
    const convention = Convention.of(committeeCode, await this.conventions.current(committeeCode));
    if ((await this.divisions.find(convention.committeeCode))?.status !== 'active')
      throw new DomainError('CONVENTION.COMMITTEE_UNKNOWN', `${committeeCode} is no committee in force`, 'rule', 'code');
    const version = convention.adopt({ ...input, adoptedOn });
    await this.conventions.add(convention.committeeCode, version, recordedBy());
    return version;
  }
}
