import { DomainError } from '@civic/domain-kernel';
import { Actor, assertDistrictInScope, BackgroundWorker, JobLease, ProblemError, UnitOfWork } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { HouseholdCommands } from '../../household/application/household-commands';
import { householdFromRows, ImportRow, rowOfError } from '../domain/import-rows';
import { IMPORT_JOB_REPOSITORY, ImportJobRepository } from '../domain/import-job.repository';

export const IMPORT_SWEEP_MS = Symbol('IMPORT_SWEEP_MS');

/** The lease an import runs under, across the service's replicas. */
export const importLeaseKey = (id: string) => `household-import:${id}`;
const HOUSEHOLDS_PER_READ = 200;

/**
 * Imports the uploaded rows household by household, each through the same use case as the API
 * (validation, duplicate screening), within the uploader's districts, in its own transaction
 * together with its rows' outcome: a rejected household writes nothing but its report lines, and an
 * interrupted import resumes with the households not yet done.
 */
@Injectable()
export class ImportWorker extends BackgroundWorker {
  constructor(
    @Inject(IMPORT_JOB_REPOSITORY) private readonly jobs: ImportJobRepository,
    private readonly households: HouseholdCommands,
    private readonly uow: UnitOfWork,
    private readonly lease: JobLease,
    @Inject(IMPORT_SWEEP_MS) private readonly sweepMs: number,
  ) {
    super();
  }

  protected sweepIntervalMs(): number {
    return this.sweepMs;
  }

  protected pending(): Promise<string[]> {
    return this.jobs.pending();
  }

  /** One replica imports a file at a time: another that finds the job leased leaves it to the holder. */
  protected async work(id: string): Promise<void> {
    await this.lease.holding(importLeaseKey(id), () => this.importFile(id));
  }

  private async importFile(id: string): Promise<void> {
    if (!(await this.jobs.markRunning(id))) return;
    const { uploader } = (await this.jobs.find(id))!;
    const actor: Actor = { subject: uploader.subject, system: uploader.system, roles: [], districts: uploader.districts };
    for (;;) {
      if (this.stopping) return;
      const groups = await this.jobs.nextHouseholds(id, HOUSEHOLDS_PER_READ);
      if (groups.length === 0) break;
      for (const rows of groups) await this.importHousehold(id, rows, actor);
    }
    await this.jobs.complete(id);
  }

  private async importHousehold(id: string, rows: ImportRow[], actor: Actor): Promise<void> {
    try {
      await this.uow.run(
        async () => {
          const input = householdFromRows(rows);
          // The API checks a route's declared scope; a background import checks each household against its uploader's.
          assertDistrictInScope(input.divisionCode, actor);
          const household = await this.households.register(input);
          await this.jobs.recordOutcome(id, rows, { householdId: household.id });
        },
        { actor },
      );
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) throw error; // not the data's fault (database gone): the job stays running and is resumed
      const errors = new Map<number, string>([[rowOfError(rows, refusal.field) ?? rows[0].rowNumber, refusal.message]]);
      await this.uow.run(() => this.jobs.recordOutcome(id, rows, { errors }), { actor });
    }
  }
}

/** A refusal of the row's data, as the report states it; undefined for failures that are not about the data. */
function refusalOf(error: unknown): { message: string; field?: string } | undefined {
  if (error instanceof DomainError) return { message: `${error.code}: ${error.message}`, field: error.field };
  if (error instanceof ProblemError && error.status < 500) return { message: `${error.code}: ${error.message}` };
  if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505') {
    return { message: 'HOUSEHOLD.MEMBER_IN_ANOTHER_HOUSEHOLD: a member joined another household at the same time' };
  }
  return undefined;
}
