import { BusinessDate, CitizenId, Clock } from '@civic/domain-kernel';
import { CLOCK, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { facilityNotFound } from '../../facility/domain/facility';
import { FACILITY_REPOSITORY, FacilityRepository } from '../../facility/domain/facility.repository';
import { CareWorker, careWorkerNotFound } from '../domain/care-worker';
import { CARE_WORKER_REPOSITORY, CareWorkerRepository } from '../domain/care-worker.repository';

export interface HireCommand {
  citizenId: string;
  name: string;
  skillLevel?: number | null;
  hiredOn: string;
}

export interface TrainingCommand {
  course: string;
  provider: string;
  hours: number;
  completedOn: string;
  levelAttained?: number | null;
}

/** 养老护理员: hiring by a facility, training records, leaving; each in the command's transaction. */
@Injectable()
export class CareWorkerCommands {
  constructor(
    @Inject(CARE_WORKER_REPOSITORY) private readonly workers: CareWorkerRepository,
    @Inject(FACILITY_REPOSITORY) private readonly facilities: FacilityRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async hire(facilityId: string, input: HireCommand): Promise<CareWorker> {
    const facility = await this.facilities.find(facilityId);
    if (!facility) throw facilityNotFound(facilityId);
    const f = facility.snapshot();
    const worker = CareWorker.hire(
      {
        id: randomUUID(),
        facility: { id: f.id, divisionCode: f.divisionCode, filed: facility.isFiled },
        citizenId: CitizenId.parse(input.citizenId, 'citizenId', this.clock),
        name: input.name,
        skillLevel: input.skillLevel ?? null,
        hiredOn: BusinessDate.parse(input.hiredOn, 'hiredOn'),
      },
      this.today(),
    );
    await this.workers.save(worker, null, worker.pullChanges());
    return worker;
  }

  async recordTraining(id: string, input: TrainingCommand, ifMatch?: number): Promise<CareWorker> {
    return this.change(id, ifMatch, (w) =>
      w.recordTraining(
        { ...input, id: randomUUID(), completedOn: BusinessDate.parse(input.completedOn, 'completedOn'), levelAttained: input.levelAttained ?? null },
        this.today(),
      ),
    );
  }

  async leave(id: string, input: { leftOn: string; reason: string }, ifMatch?: number): Promise<CareWorker> {
    return this.change(id, ifMatch, (w) => w.leave({ leftOn: BusinessDate.parse(input.leftOn, 'leftOn'), reason: input.reason }, this.today()));
  }

  private async change(id: string, ifMatch: number | undefined, act: (worker: CareWorker) => void): Promise<CareWorker> {
    const worker = await this.workers.find(id, { forUpdate: true });
    if (!worker) throw careWorkerNotFound(id);
    if (ifMatch !== undefined && ifMatch !== worker.version) throw new StaleVersionError(worker.version);
    const expected = worker.version;
    act(worker);
    await this.workers.save(worker, expected, worker.pullChanges());
    return worker;
  }

  private today(): BusinessDate {
    return BusinessDate.today(this.clock);
  }
}
