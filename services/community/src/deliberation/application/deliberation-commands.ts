import { BusinessDate, Clock, DomainError, notInFuture } from '@civic/domain-kernel';
import { CLOCK } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DIVISION_REPOSITORY, DivisionRepository } from '../../division/domain/division.repository';
import { Deliberation, Participant } from '../domain/deliberation';
import { DELIBERATION_REPOSITORY, DeliberationRepository } from '../domain/deliberation.repository';

/** 议事协商: a committee records a deliberation once it was held. */
@Injectable()
export class DeliberationCommands {
  constructor(
    @Inject(DELIBERATION_REPOSITORY) private readonly deliberations: DeliberationRepository,
    @Inject(DIVISION_REPOSITORY) private readonly divisions: DivisionRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(input: { committeeCode: string; topic: string; heldOn: string; participants: Participant[]; resolution: string }): Promise<Deliberation> {
    const heldOn = BusinessDate.parse(input.heldOn, 'heldOn');
    notInFuture(heldOn, BusinessDate.today(this.clock), 'heldOn', 'DELIBERATION');
    const deliberation = Deliberation.record({ ...input, id: randomUUID(), heldOn });
    if ((await this.divisions.find(deliberation.snapshot().committeeCode))?.status !== 'active')
      throw new DomainError('DELIBERATION.COMMITTEE_UNKNOWN', `committeeCode ${input.committeeCode} is no committee in force`, 'rule', 'committeeCode');
    await this.deliberations.add(deliberation);
    return deliberation;
  }
}
