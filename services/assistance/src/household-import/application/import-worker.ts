import { BulkImportWorker, ImportRow, importLeaseKey, refusalOf } from '@civic/bulk-import';
import { Actor, assertDistrictInScope, JobLease, UnitOfWork } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { HouseholdCommands } from '../../household/application/household-commands';
import { householdFromRows, ImportFields, rowOfError } from '../domain/import-rows';
import { HOUSEHOLD_IMPORT_REPOSITORY, HouseholdImportRepository } from '../domain/household-import.repository';

export const IMPORT_SWEEP_MS = Symbol('IMPORT_SWEEP_MS');
const LEASE = 'household-import';

/** The lease an import runs under, across the service's replicas. */
export const householdImportLease = (id: string) => importLeaseKey(LEASE, id);

/**
 * Imports the uploaded rows household by household, each through the same use case as the API
 * (validation, duplicate screening), within the uploader's districts, in its own transaction
 * together with its rows' outcome: a rejected household writes nothing but its report lines.
 */
@Injectable()
export class ImportWorker extends BulkImportWorker<ImportFields> {
  constructor(
    @Inject(HOUSEHOLD_IMPORT_REPOSITORY) jobs: HouseholdImportRepository,
    private readonly households: HouseholdCommands,
    private readonly uow: UnitOfWork,
    lease: JobLease,
    @Inject(IMPORT_SWEEP_MS) sweepMs: number,
  ) {
    super(jobs, lease, { leasePrefix: LEASE, rowsPerRead: 500, sweepMs });
  }

  protected async importGroups(id: string, households: ImportRow<ImportFields>[][], actor: Actor): Promise<void> {
    for (const rows of households) await this.importHousehold(id, rows, actor);
  }

  private async importHousehold(id: string, rows: ImportRow<ImportFields>[], actor: Actor): Promise<void> {
    try {
      await this.uow.run(
        async () => {
          const input = householdFromRows(rows);
          // The API checks a route's declared scope; a background import checks each household against its uploader's.
          assertDistrictInScope(input.divisionCode, actor);
          const household = await this.households.register(input);
          await this.jobs.recordOutcomes(
            id,
            rows.map((r) => ({ rowNumber: r.rowNumber, accepted: true, resultId: household.id })),
            1,
          );
        },
        { actor },
      );
    } catch (error) {
      const refusal = refusalOf(error, 'HOUSEHOLD.MEMBER_IN_ANOTHER_HOUSEHOLD: a member joined another household at the same time');
      if (!refusal) throw error; // not the data's fault (database gone): the job stays running and is resumed
      const at = rowOfError(rows, refusal.field) ?? rows[0].rowNumber;
      await this.uow.run(
        () =>
          this.jobs.recordOutcomes(
            id,
            rows.map((r) => ({
              rowNumber: r.rowNumber,
              accepted: false,
              error: r.rowNumber === at ? refusal.message : 'another row of this household was rejected',
            })),
            0,
          ),
        { actor },
      );
    }
  }
}
