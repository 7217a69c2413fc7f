import { BackgroundWorker, systemActor, UnitOfWork } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { InspectionCommands } from './inspection-commands';

export const OVERDUE_SWEEP_MS = Symbol('OVERDUE_SWEEP_MS');
const BATCH = 200;

/**
 * Finds rectifications past their deadline (逾期未整改) and lowers the facilities' credit, each
 * inspection in its own transaction; marking and penalising together make it safe on every replica.
 */
@Injectable()
export class OverdueRectificationWorker extends BackgroundWorker {
  constructor(
    private readonly inspections: InspectionCommands,
    private readonly uow: UnitOfWork,
    @Inject(OVERDUE_SWEEP_MS) private readonly sweepMs: number,
  ) {
    super();
  }

  protected sweepIntervalMs(): number {
    return this.sweepMs;
  }

  protected async pending(): Promise<string[]> {
    return ['overdue-rectifications'];
  }

  protected async work(): Promise<void> {
    for (;;) {
      const due = await this.inspections.withNewlyOverdue(BATCH);
      for (const id of due) {
        if (this.stopping) return;
        const found = await this.uow.run(() => this.inspections.penaliseOverdue(id), {
          actor: systemActor('overdue-rectifications'),
          audit: (count) => (count ? { action: 'inspection.overdue', resourceType: 'inspection', resourceId: id, details: { findings: count } } : undefined),
        });
        if (found) this.logger.log(`inspection ${id}: ${found} rectification(s) overdue, credit lowered`);
      }
      if (due.length < BATCH) return;
    }
  }
}
