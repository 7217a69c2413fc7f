import { BackgroundWorker, systemActor, UnitOfWork } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { ResettlementCommands } from './resettlement-commands';

export const ADULT_ORPHAN_SWEEP_MS = Symbol('ADULT_ORPHAN_SWEEP_MS');
const BATCH = 200;

/**
 * The daily job of 成年孤儿安置: orphans and de-facto unattended children who have turned 18 leave
 * child welfare with a resettlement plan. Each child in its own transaction; the closed record and
 * the plan's unique index make a second run (or a second replica) change nothing.
 */
@Injectable()
export class AdultOrphanJob extends BackgroundWorker {
  constructor(
    private readonly resettlement: ResettlementCommands,
    private readonly uow: UnitOfWork,
    @Inject(ADULT_ORPHAN_SWEEP_MS) private readonly sweepMs: number,
  ) {
    super();
  }

  protected sweepIntervalMs(): number {
    return this.sweepMs;
  }

  protected async pending(): Promise<string[]> {
    return ['adult-orphans'];
  }

  protected async work(): Promise<void> {
    for (;;) {
      const due = await this.resettlement.dueToday(BATCH);
      for (const { childId, citizenId } of due) {
        if (this.stopping) return;
        await this.uow.run(() => this.resettlement.resettle(citizenId), {
          actor: systemActor('adult-orphans'),
          audit: (opened) => (opened ? { action: 'resettlement.open', resourceType: 'child', resourceId: childId } : undefined),
        });
      }
      if (due.length < BATCH) return;
    }
  }
}
