import { BulkImportWorker, ImportRow, refusalOf, RowOutcome } from '@civic/bulk-import';
import { Clock, DomainError } from '@civic/domain-kernel';
import { Actor, assertDistrictInScope, CLOCK, JobLease, UnitOfWork } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Dwelling } from '../../dwelling/domain/dwelling';
import { personExists } from '../../person/domain/person';
import { dwellingOfRows, dwellingRef, PersonImportFields, residentOfRow } from '../domain/person-import-rows';
import { COMMUNITY_CLOUD_LOADER, CommunityCloudLoader } from '../domain/community-cloud-loader';
import { PERSON_IMPORT_REPOSITORY, PersonImportRepository } from '../domain/person-import.repository';

export const PERSON_IMPORT_SWEEP_MS = Symbol('PERSON_IMPORT_SWEEP_MS');
export const PERSON_IMPORT_LEASE = 'person-import';

type Group = ImportRow<PersonImportFields>[];

/**
 * Loads a committee's 人房数据 file a batch of dwellings at a time, each batch in one transaction with
 * its rows' outcomes: every row is checked by the API's rules (the dwelling's and the person's), in
 * the uploader's districts, against committees in force and the persons already in the cloud; the
 * good rows are then written set-wise (the city's register is loaded at tens of thousands of rows a
 * second). A refused row refuses only itself; a refused dwelling, its rows. An import loads the
 * register as it stands: it moves nobody, so it publishes no move.
 */
@Injectable()
export class PersonImportWorker extends BulkImportWorker<PersonImportFields> {
  constructor(
    @Inject(PERSON_IMPORT_REPOSITORY) jobs: PersonImportRepository,
    @Inject(COMMUNITY_CLOUD_LOADER) private readonly loader: CommunityCloudLoader,
    private readonly uow: UnitOfWork,
    @Inject(CLOCK) private readonly clock: Clock,
    lease: JobLease,
    @Inject(PERSON_IMPORT_SWEEP_MS) sweepMs: number,
  ) {
    super(jobs, lease, { leasePrefix: PERSON_IMPORT_LEASE, rowsPerRead: 4000, sweepMs });
  }

  protected async importGroups(id: string, groups: Group[], actor: Actor): Promise<void> {
    await this.uow.run(() => this.importBatch(id, groups, actor), { actor });
  }

  private async importBatch(id: string, groups: Group[], actor: Actor): Promise<void> {
    const outcomes: RowOutcome[] = [];
    const refuse = (rows: Group, error: unknown) => {
      const refusal = refusalOf(error, 'PERSON.EXISTS: entered meanwhile');
      if (!refusal) throw error;
      for (const r of rows) outcomes.push({ rowNumber: r.rowNumber, accepted: false, error: refusal.message });
    };
    const committees = await this.loader.activeCommittees([...new Set(groups.map((g) => g[0].fields.committeeCode.trim()))]);
    const known = await this.loader.knownCitizenIds(groups.flatMap((g) => g.map((r) => r.fields.citizenId.trim())));
    const seen = new Set<string>();
    const dwellings: { ref: string; dwelling: Dwelling }[] = [];
    const residents: { row: ImportRow<PersonImportFields>; ref: string; personId: string; citizenId: string; name: string; movedInOn: string }[] = [];

    for (const rows of groups) {
      let dwelling: Dwelling;
      try {
        dwelling = dwellingOfRows(rows.map((r) => r.fields));
        assertDistrictInScope(dwelling.committeeCode, actor);
        if (!committees.has(dwelling.committeeCode))
          throw new DomainError('DWELLING.COMMITTEE_UNKNOWN', `${dwelling.committeeCode} is no committee in force`, 'rule', 'committeeCode');
      } catch (error) {
        refuse(rows, error);
        continue;
      }
      const ref = dwellingRef(rows[0].fields);
      let housed = 0;
      for (const row of rows) {
        try {
          const person = residentOfRow(row.fields, dwelling, randomUUID(), this.clock).snapshot();
          if (known.has(person.citizenId.value) || seen.has(person.citizenId.value)) throw personExists();
          seen.add(person.citizenId.value);
          residents.push({ row, ref, personId: person.id, citizenId: person.citizenId.value, name: person.name, movedInOn: row.fields.movedInOn });
          housed++;
        } catch (error) {
          refuse([row], error);
        }
      }
      if (housed > 0) dwellings.push({ ref, dwelling });
    }

    const { ids, created } = await this.loader.dwellings(dwellings.map(({ dwelling }) => dwelling.snapshot()));
    const added = await this.loader.residents(
      residents.map((r) => {
        const [committeeCode] = r.ref.split('|');
        return { id: r.personId, citizenId: r.citizenId, name: r.name, dwellingId: ids.get(r.ref)!, committeeCode, movedInOn: r.movedInOn };
      }),
    );
    for (const r of residents)
      outcomes.push(
        added.has(r.personId)
          ? { rowNumber: r.row.rowNumber, accepted: true, resultId: r.personId }
          : { rowNumber: r.row.rowNumber, accepted: false, error: `${personExists().code}: entered meanwhile` },
      );
    await this.jobs.recordOutcomes(id, outcomes, created);
  }
}
