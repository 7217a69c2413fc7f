import { BusinessDate, districtOf, Money } from '@civic/domain-kernel';
import { translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { CharitableTrust, charitableTrustFiled } from '../domain/charitable-trust';
import { CharitableTrustRepository } from '../domain/charitable-trust.repository';
import { CharitableTrustRow } from './charitable-trust.row';

/** Adapter: `charitable_trust`; the unique (trustee, name) index refuses the same trust filed twice. */
@Injectable()
export class SqlCharitableTrustRepository implements CharitableTrustRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async add(trust: CharitableTrust, recordedBy: string): Promise<void> {
    const s = trust.snapshot();
    await translatingConstraints(
      () =>
        this.uow.transaction().query(
          `INSERT INTO charitable_trust (id, name, trustee_name, trustee_uscc, settlors, purpose, property_fen, signed_on, filed_on, division_code, district_code, recorded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
          [
            s.id,
            s.name,
            s.trusteeName,
            s.trusteeUscc,
            s.settlors,
            s.purpose,
            s.property.fen,
            s.signedOn.toString(),
            s.filedOn.toString(),
            s.divisionCode,
            districtOf(s.divisionCode),
            recordedBy,
          ],
        ),
      { charitable_trust_per_trustee: charitableTrustFiled },
    );
  }
}

export function toAggregate(row: CharitableTrustRow): CharitableTrust {
  return CharitableTrust.restore({
    id: row.id,
    name: row.name,
    trusteeName: row.trustee_name,
    trusteeUscc: row.trustee_uscc,
    settlors: row.settlors,
    purpose: row.purpose,
    property: Money.ofFen(Number(row.property_fen)),
    signedOn: BusinessDate.parse(row.signed_on),
    filedOn: BusinessDate.parse(row.filed_on),
    divisionCode: row.division_code,
  });
}
