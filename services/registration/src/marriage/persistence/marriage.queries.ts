import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { MaritalStatusView, MarriageQueries, MarriageView } from '../application/marriage-queries';
import { MARRIAGE_SELECT, MarriageRow } from './marriage.row';

/** Adapter of the marriage query port. */
@Injectable()
export class SqlMarriageQueries implements MarriageQueries {
  constructor(private readonly uow: UnitOfWork) {}

  async get(id: string): Promise<MarriageView | null> {
    const [row]: MarriageRow[] = await this.uow.manager().query(`${MARRIAGE_SELECT} WHERE m.id = $1`, [id]);
    if (!row) return null;
    return {
      id: row.id,
      partyA: { citizenId: row.party_a_citizen_id, name: row.party_a_name },
      partyB: { citizenId: row.party_b_citizen_id, name: row.party_b_name },
      registeredOn: row.registered_on,
      officeCode: row.office_code,
      status: row.status,
      endedOn: row.ended_on,
      certificates: row.certificates.map((c) => ({
        number: c.number,
        kind: c.kind,
        holderCitizenId: c.holder_citizen_id,
        issuedOn: c.issued_on,
        voidedOn: c.voided_on,
      })),
      declarationsConfirmedBy: row.declarations_confirmed_by,
      importedFrom: row.source ? { source: row.source, recordId: row.source_record_id! } : null,
      inPersonVerifiedBy: row.in_person_verified_by,
    };
  }

  async maritalStatus(citizenId: string): Promise<MaritalStatusView | null> {
    const [row] = await this.uow.manager().query(`SELECT citizen_id, status, marriage_id, since::text FROM marital_status WHERE citizen_id = $1`, [citizenId]);
    return row ? { citizenId: row.citizen_id, status: row.status, marriageId: row.marriage_id, since: row.since } : null;
  }
}
