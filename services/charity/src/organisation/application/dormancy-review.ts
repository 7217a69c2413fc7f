import { BusinessDate, Clock } from '@civic/domain-kernel';
import { BackgroundWorker, CLOCK, systemActor, UnitOfWork } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { closedInspectionYears } from '../domain/annual-inspection';
import { DORMANT_AFTER_YEARS, inactiveYearsOf } from '../domain/dormancy';
import { ORGANISATION_REPOSITORY, OrganisationRepository } from '../domain/organisation.repository';
import { OrganisationCommands } from './organisation-commands';

export const DORMANCY_REVIEW_SWEEP_MS = Symbol('DORMANCY_REVIEW_SWEEP_MS');
const BATCH = 500;

/**
 * The daily review of 僵尸型社会组织: every registered organisation not flagged yet is weighed by
 * the dormancy rule (domain/dormancy.ts) and flagged in its own transaction. A flagged organisation
 * is not a candidate, so a second run (or a second replica) flags nothing twice. Operators can run it
 * at once through `POST /api/v1/dormancy-reviews`.
 */
@Injectable()
export class DormancyReview extends BackgroundWorker {
  constructor(
    @Inject(ORGANISATION_REPOSITORY) private readonly organisations: OrganisationRepository,
    private readonly commands: OrganisationCommands,
    private readonly uow: UnitOfWork,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DORMANCY_REVIEW_SWEEP_MS) private readonly sweepMs: number,
  ) {
    super();
  }

  protected sweepIntervalMs(): number {
    return this.sweepMs;
  }

  protected async pending(): Promise<string[]> {
    return ['dormancy-review'];
  }

  protected async work(): Promise<void> {
    await this.review();
  }

  /** Runs the review now; returns the organisations it flagged. */
  async review(): Promise<{ reviewed: number; flagged: string[] }> {
    const today = BusinessDate.today(this.clock);
    const years = closedInspectionYears(today, DORMANT_AFTER_YEARS);
    const flagged: string[] = [];
    let reviewed = 0;
    let after: string | null = null;
    for (;;) {
      const candidates = await this.organisations.dormancyCandidates(after, BATCH, years);
      for (const candidate of candidates) {
        if (this.stopping) return { reviewed, flagged };
        reviewed += 1;
        const inactiveYears = inactiveYearsOf(candidate, today);
        if (!inactiveYears) continue;
        const done = await this.uow.run(() => this.commands.flagDormant(candidate.id, inactiveYears), {
          actor: systemActor('dormancy-review'),
          audit: (changed) => (changed ? { action: 'organisation.flag-dormant', resourceType: 'organisation', resourceId: candidate.id } : undefined),
        });
        if (done) flagged.push(candidate.id);
      }
      if (candidates.length < BATCH) return { reviewed, flagged };
      after = candidates[candidates.length - 1].id;
    }
  }
}
