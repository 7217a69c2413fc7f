import { BackgroundWorker, systemActor, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { DivorceCommands } from './divorce-commands';

const HOURLY = 3_600_000;

/** Runs the lapse of divorce applications every hour; it is idempotent, so replicas may all run it. */
@Injectable()
export class DivorceLapseWorker extends BackgroundWorker {
  constructor(
    private readonly divorces: DivorceCommands,
    private readonly uow: UnitOfWork,
  ) {
    super();
  }

  protected sweepIntervalMs(): number {
    return HOURLY;
  }

  protected async pending(): Promise<string[]> {
    return ['divorce-lapse'];
  }

  protected async work(): Promise<void> {
    const lapsed = await this.uow.run(() => this.divorces.lapseDue(), {
      actor: systemActor('divorce-lapse'),
      audit: (count) => (count ? { action: 'divorce.lapse', resourceType: 'divorce-application', details: { lapsed: count } } : undefined),
    });
    if (lapsed) this.logger.log(`${lapsed} divorce application(s) lapsed`);
  }
}
