import { checkImportShape } from '@civic/bulk-import/rules';
import { BusinessDate, CitizenId, Clock, DomainError, notInFuture } from '@civic/domain-kernel';
import { Dwelling } from '../../dwelling/domain/dwelling';
import { Person } from '../../person/domain/person';

/** The columns of a committee's 人房数据 file: one row per person, the dwelling repeated on each of its residents' rows. */
export const PERSON_IMPORT_COLUMNS = ['committeeCode', 'address', 'dwellingKind', 'citizenId', 'name', 'movedInOn'] as const;
export type PersonImportFields = Record<(typeof PERSON_IMPORT_COLUMNS)[number], string>;
export const MAX_PERSON_IMPORT_ROWS = 200_000;

export function checkPersonImportFile(header: string[], rows: Record<string, string>[]): PersonImportFields[] {
  return checkImportShape(PERSON_IMPORT_COLUMNS, header, rows, MAX_PERSON_IMPORT_ROWS);
}

/** A dwelling's rows are grouped by committee and address (one dwelling per address in a committee). */
export const dwellingRef = (f: PersonImportFields) => `${f.committeeCode.trim()}|${f.address.trim()}`;

/** The dwelling of a group of rows, by the same rules as the API's (under a committee, a known kind, an address); every row agrees on its kind. */
export function dwellingOfRows(rows: PersonImportFields[]): Dwelling {
  const [first] = rows;
  if (rows.some((r) => r.dwellingKind !== first.dwellingKind))
    throw new DomainError('IMPORT.DWELLING_INCONSISTENT', `the rows of ${first.address} give different dwelling kinds`, 'invalid', 'dwellingKind');
  return Dwelling.register({ id: 'imported', committeeCode: first.committeeCode.trim(), address: first.address, kind: first.dwellingKind });
}

/** A resident of a row, by the same rules as the API's registration (valid citizen ID, a name, moved in not later than today). */
export function residentOfRow(fields: PersonImportFields, dwelling: Dwelling, id: string, clock: Clock): Person {
  const on = BusinessDate.parse(fields.movedInOn, 'movedInOn');
  notInFuture(on, BusinessDate.today(clock), 'movedInOn', 'PERSON');
  return Person.register({
    id,
    citizenId: CitizenId.parse(fields.citizenId.trim(), 'citizenId', clock),
    name: fields.name,
    dwelling: { dwellingId: dwelling.id, committeeCode: dwelling.committeeCode },
    on,
  });
}
