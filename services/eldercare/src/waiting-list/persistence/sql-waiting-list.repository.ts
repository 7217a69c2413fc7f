import { BusinessDate, CitizenId, districtOf } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { bedOccupied } from '../../bed/domain/bed-rules';
import { BedOffer, OfferStatus } from '../domain/bed-offer';
import { alreadyInLine, WaitingEntry, WaitingStatus } from '../domain/waiting-entry';
import { OfferableBed, WaitingListRepository } from '../domain/waiting-list.repository';
import { WaitingListPolicy } from '../domain/waiting-list-policy';
import { DomainError } from '@civic/domain-kernel';

export const ENTRY_COLUMNS = `id, citizen_id, name, division_code, applied_at, status, declines, priority_key, closed_reason, version`;
export const OFFER_COLUMNS = `id, entry_id, bed_id, division_code, offered_on::text, expires_on::text, status, decided_on::text, reason, skip_reason`;

/** Adapter: `waiting_list_policy`, `elder_benefit`, `waiting_entry` and `bed_offer`. */
@Injectable()
export class SqlWaitingListRepository implements WaitingListRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async policy(): Promise<WaitingListPolicy> {
    const [row] = await this.uow.manager().query(`SELECT policy FROM waiting_list_policy WHERE id = 1`);
    return row.policy;
  }

  async savePolicy(policy: WaitingListPolicy, changedBy: string): Promise<void> {
    await this.uow
      .transaction()
      .query(`UPDATE waiting_list_policy SET policy = $1, changed_by = $2, changed_at = now() WHERE id = 1`, [JSON.stringify(policy), changedBy]);
  }

  async lockDistrict(districtCode: string): Promise<void> {
    await this.uow.transaction().query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`waiting-list:${districtCode}`]);
  }

  async inputsOf(citizenId: string): Promise<{ programmes: string[]; careLevel: number | null }> {
    const [row] = await this.uow.manager().query(
      `SELECT ARRAY(SELECT DISTINCT programme FROM elder_benefit WHERE citizen_id = $1 AND active) AS programmes,
              (SELECT level FROM care_assessment WHERE citizen_id = $1 ORDER BY assessed_on DESC LIMIT 1) AS care_level`,
      [citizenId],
    );
    return { programmes: row.programmes, careLevel: row.care_level };
  }

  async setBenefit(citizenId: string, benefitId: string, programme: string, active: boolean): Promise<void> {
    await this.uow.transaction().query(
      `INSERT INTO elder_benefit (citizen_id, benefit_id, programme, active) VALUES ($1, $2, $3, $4)
       ON CONFLICT (citizen_id, benefit_id) DO UPDATE SET active = EXCLUDED.active, programme = EXCLUDED.programme, updated_at = now()`,
      [citizenId, benefitId, programme, active],
    );
  }

  async findEntry(id: string, options: { forUpdate?: boolean } = {}): Promise<WaitingEntry | null> {
    const [row] = await this.uow.manager().query(`SELECT ${ENTRY_COLUMNS} FROM waiting_entry WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toEntry(row) : null;
  }

  async openEntryOf(citizenId: string, options: { forUpdate?: boolean } = {}): Promise<WaitingEntry | null> {
    const [row] = await this.uow
      .manager()
      .query(`SELECT ${ENTRY_COLUMNS} FROM waiting_entry WHERE citizen_id = $1 AND status IN ('waiting', 'offered')${options.forUpdate ? ' FOR UPDATE' : ''}`, [
        citizenId,
      ]);
    return row ? toEntry(row) : null;
  }

  async openEntries(afterId: string | null, limit: number): Promise<WaitingEntry[]> {
    const rows = await this.uow
      .manager()
      .query(`SELECT ${ENTRY_COLUMNS} FROM waiting_entry WHERE status IN ('waiting', 'offered') AND id > $1 ORDER BY id LIMIT $2`, [
        afterId ?? '00000000-0000-0000-0000-000000000000',
        limit,
      ]);
    return rows.map(toEntry);
  }

  async saveEntry(entry: WaitingEntry, expectedVersion: number | null): Promise<void> {
    const s = entry.snapshot();
    const tx = this.uow.transaction();
    if (expectedVersion === null) {
      await translatingConstraints(
        () =>
          tx.query(
            `INSERT INTO waiting_entry (id, citizen_id, name, division_code, district_code, applied_at, status, declines, priority_key, closed_reason, version)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
            [
              s.id,
              s.citizenId.value,
              s.name,
              s.divisionCode,
              districtOf(s.divisionCode),
              s.appliedAt,
              s.status,
              s.declines,
              s.priorityKey,
              s.closedReason,
              s.version,
            ],
          ),
        { waiting_entry_one_open_per_elder: alreadyInLine },
      );
      return;
    }
    const rows = await queryReturning(
      tx,
      `UPDATE waiting_entry SET status = $2, declines = $3, priority_key = $4, closed_reason = $5, version = $6 WHERE id = $1 AND version = $7 RETURNING id`,
      [s.id, s.status, s.declines, s.priorityKey, s.closedReason, s.version, expectedVersion],
    );
    if (rows.length !== 1) throw new ConcurrentUpdateError();
  }

  async firstInLine(districtCode: string, except?: string): Promise<WaitingEntry | null> {
    const [row] = await this.uow.manager().query(
      `SELECT ${ENTRY_COLUMNS} FROM waiting_entry WHERE district_code = $1 AND status = 'waiting' AND id <> $2
        ORDER BY priority_key, id LIMIT 1 FOR UPDATE`,
      [districtCode, except ?? '00000000-0000-0000-0000-000000000000'],
    );
    return row ? toEntry(row) : null;
  }

  async vacantBed(districtCode: string, bedId?: string): Promise<OfferableBed | null> {
    const [row] = await this.uow.manager().query(
      `SELECT b.id, b.facility_id, b.division_code FROM bed b
        WHERE b.district_code = $1 AND b.kind = 'basic-guarantee' AND b.status = 'in-service' AND ($2::uuid IS NULL OR b.id = $2)
          AND NOT EXISTS (SELECT 1 FROM residency r WHERE r.bed_id = b.id AND r.discharged_on IS NULL)
          AND NOT EXISTS (SELECT 1 FROM bed_offer o WHERE o.bed_id = b.id AND o.status = 'open')
        ORDER BY b.facility_id, b.code LIMIT 1 FOR UPDATE OF b`,
      [districtCode, bedId ?? null],
    );
    return row ? { id: row.id, facilityId: row.facility_id, divisionCode: row.division_code } : null;
  }

  async findOffer(id: string, options: { forUpdate?: boolean } = {}): Promise<BedOffer | null> {
    const [row] = await this.uow.manager().query(`SELECT ${OFFER_COLUMNS} FROM bed_offer WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toOffer(row) : null;
  }

  async openOfferOf(entryId: string, options: { forUpdate?: boolean } = {}): Promise<BedOffer | null> {
    const [row] = await this.uow
      .manager()
      .query(`SELECT ${OFFER_COLUMNS} FROM bed_offer WHERE entry_id = $1 AND status = 'open'${options.forUpdate ? ' FOR UPDATE' : ''}`, [entryId]);
    return row ? toOffer(row) : null;
  }

  async dueOffers(today: string, limit: number): Promise<string[]> {
    const rows = await this.uow
      .manager()
      .query(`SELECT id FROM bed_offer WHERE status = 'open' AND expires_on < $1 ORDER BY expires_on LIMIT $2`, [today, limit]);
    return rows.map((r: { id: string }) => r.id);
  }

  async saveOffer(offer: BedOffer, isNew: boolean): Promise<void> {
    const s = offer.snapshot();
    const tx = this.uow.transaction();
    if (isNew) {
      const twice = () => new DomainError('OFFER.CONCURRENT', 'the bed or the elder was offered at the same time', 'conflict');
      await translatingConstraints(
        () =>
          tx.query(
            `INSERT INTO bed_offer (id, entry_id, bed_id, division_code, district_code, offered_on, expires_on, status, skip_reason)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [s.id, s.entryId, s.bedId, s.divisionCode, districtOf(s.divisionCode), s.offeredOn.toString(), s.expiresOn.toString(), s.status, s.skipReason],
          ),
        { bed_offer_one_open_per_bed: bedOccupied, bed_offer_one_open_per_entry: twice },
      );
      return;
    }
    await tx.query(`UPDATE bed_offer SET status = $2, decided_on = $3, reason = $4 WHERE id = $1`, [s.id, s.status, s.decidedOn?.toString() ?? null, s.reason]);
  }
}

export function toEntry(row: Record<string, any>): WaitingEntry {
  return WaitingEntry.restore({
    id: row.id,
    citizenId: CitizenId.parse(row.citizen_id),
    name: row.name,
    divisionCode: row.division_code,
    appliedAt: new Date(row.applied_at),
    status: row.status as WaitingStatus,
    declines: row.declines,
    priorityKey: row.priority_key,
    closedReason: row.closed_reason,
    version: row.version,
  });
}

export function toOffer(row: Record<string, any>): BedOffer {
  return BedOffer.restore({
    id: row.id,
    entryId: row.entry_id,
    bedId: row.bed_id,
    divisionCode: row.division_code,
    offeredOn: BusinessDate.parse(row.offered_on),
    expiresOn: BusinessDate.parse(row.expires_on),
    status: row.status as OfferStatus,
    decidedOn: row.decided_on ? BusinessDate.parse(row.decided_on) : null,
    reason: row.reason,
    skipReason: row.skip_reason,
  });
}
