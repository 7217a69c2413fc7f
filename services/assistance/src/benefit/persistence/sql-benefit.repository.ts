import { BusinessDate, districtOf, DomainError, Money } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, recordedBy, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { Benefit, BenefitState } from '../domain/benefit';
import { BenefitRepository, BenefitWrite } from '../domain/benefit.repository';

const COLUMNS = `id, household_id, application_id, programme_code, division_code, status, exclusive, exclusion_group, monthly_amount_fen, recipients, member_citizen_ids, basis, starts_on::text AS starts_on, ends_on::text AS ends_on, version`;

/** Adapter: benefits, their amounts by effective date and their status changes; written in bulk for re-computations. */
@Injectable()
export class SqlBenefitRepository implements BenefitRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<Benefit | null> {
    const [row] = await this.uow.manager().query(`SELECT ${COLUMNS} FROM benefit WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return row ? Benefit.restore(stateOf(row)) : null;
  }

  async openOfProgramme(programme: string, afterId: string | null, limit: number): Promise<Benefit[]> {
    const rows = await this.uow
      .transaction()
      .query(
        `SELECT ${COLUMNS} FROM benefit WHERE programme_code = $1 AND status <> 'terminated' AND ($2::uuid IS NULL OR id > $2::uuid) ORDER BY id LIMIT $3 FOR UPDATE`,
        [programme, afterId, limit],
      );
    return rows.map((r: BenefitRow) => Benefit.restore(stateOf(r)));
  }

  async openOfHousehold(householdId: string): Promise<Benefit[]> {
    const rows = await this.uow
      .transaction()
      .query(`SELECT ${COLUMNS} FROM benefit WHERE household_id = $1 AND status <> 'terminated' ORDER BY id FOR UPDATE`, [householdId]);
    return rows.map((r: BenefitRow) => Benefit.restore(stateOf(r)));
  }

  async openInGroup(householdId: string, group: string): Promise<Benefit[]> {
    const rows = await this.uow
      .transaction()
      .query(`SELECT ${COLUMNS} FROM benefit WHERE household_id = $1 AND exclusion_group = $2 AND status <> 'terminated' ORDER BY id FOR UPDATE`, [
        householdId,
        group,
      ]);
    return rows.map((r: BenefitRow) => Benefit.restore(stateOf(r)));
  }

  async openCovering(citizenId: string): Promise<Benefit[]> {
    const rows = await this.uow
      .transaction()
      .query(`SELECT ${COLUMNS} FROM benefit WHERE $1 = ANY(member_citizen_ids) AND status <> 'terminated' ORDER BY id FOR UPDATE`, [citizenId]);
    return rows.map((r: BenefitRow) => Benefit.restore(stateOf(r)));
  }

  async stoppedBy(cause: string): Promise<{ benefit: Benefit; stoppedOn: BusinessDate }[]> {
    const rows = await this.uow.transaction().query(
      `SELECT ${COLUMNS}, last.effective_on::text AS stopped_on FROM benefit
       JOIN LATERAL (SELECT c.reason, c.effective_on FROM benefit_status_change c WHERE c.benefit_id = benefit.id ORDER BY c.id DESC LIMIT 1) last ON true
       WHERE strpos(last.reason, $1) > 0 AND benefit.status <> 'active' ORDER BY benefit.id FOR UPDATE OF benefit`,
      [`(${cause})`],
    );
    return rows.map((r: BenefitRow & { stopped_on: string }) => ({ benefit: Benefit.restore(stateOf(r)), stoppedOn: BusinessDate.parse(r.stopped_on) }));
  }

  async save(writes: BenefitWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const tx = this.uow.transaction();
    const actor = recordedBy();
    for (const w of writes.filter((x) => x.expectedVersion === null)) {
      const s = w.benefit.snapshot();
      try {
        await tx.query(
          `INSERT INTO benefit (id, household_id, application_id, programme_code, division_code, district_code, status, exclusive, monthly_amount_fen, recipients, member_citizen_ids, basis, starts_on, ends_on, version, exclusion_group)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
          [
            s.id,
            s.householdId,
            s.applicationId,
            s.programme,
            s.divisionCode,
            districtOf(s.divisionCode),
            s.status,
            s.exclusive,
            s.monthlyAmount.fen,
            s.recipients,
            s.memberCitizenIds,
            JSON.stringify(s.basis),
            s.startsOn.toString(),
            s.endsOn?.toString() ?? null,
            s.version,
            s.exclusionGroup,
          ],
        );
      } catch (error) {
        // The partial unique index is the guard when two grants race for one household.
        const constraint = (error as { driverError?: { constraint?: string } }).driverError?.constraint;
        if (constraint === 'benefit_one_exclusive_per_household') {
          throw new DomainError('BENEFIT.ALREADY_ACTIVE', `the household already has an active ${s.programme} benefit`, 'conflict', 'householdId');
        }
        if (constraint === 'benefit_one_per_exclusion_group') {
          throw new DomainError(
            'BENEFIT.EXCLUSIVE_PROGRAMME_HELD',
            `the household already holds a benefit of the ${s.exclusionGroup} group`,
            'conflict',
            'programme',
          );
        }
        throw error;
      }
    }
    const updates = writes.filter((x) => x.expectedVersion !== null);
    if (updates.length) {
      const rows = updates.map((w) => {
        const s = w.benefit.snapshot();
        return {
          id: s.id,
          status: s.status,
          amount: s.monthlyAmount.fen,
          basis: s.basis,
          ends_on: s.endsOn?.toString() ?? null,
          recipients: s.recipients,
          members: s.memberCitizenIds,
          version: s.version,
          expected: w.expectedVersion,
        };
      });
      const updated = await queryReturning(
        tx,
        `UPDATE benefit b SET status = u.status, monthly_amount_fen = u.amount, basis = u.basis, ends_on = u.ends_on::date, recipients = u.recipients,
                member_citizen_ids = ARRAY(SELECT jsonb_array_elements_text(u.members)), version = u.version, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, status text, amount bigint, basis jsonb, ends_on text, recipients int, members jsonb, version int, expected int)
         WHERE b.id = u.id AND b.version = u.expected RETURNING b.id`,
        [JSON.stringify(rows)],
      );
      if (updated.length !== rows.length) throw new ConcurrentUpdateError();
    }
    const amounts: { benefit_id: string; effective_from: string; amount: number; reason: string }[] = [];
    const statuses: { benefit_id: string; from_status: string; to_status: string; effective_on: string; reason: string }[] = [];
    for (const w of writes) {
      const s = w.benefit.snapshot();
      for (const c of w.changes) {
        if (c.kind === 'granted') amounts.push({ benefit_id: s.id, effective_from: s.startsOn.toString(), amount: s.monthlyAmount.fen, reason: 'granted' });
        else if (c.kind === 'amount-changed')
          amounts.push({ benefit_id: s.id, effective_from: c.effectiveFrom.toString(), amount: c.amount.fen, reason: c.reason });
        else
          statuses.push({
            benefit_id: s.id,
            from_status: c.from,
            to_status: c.kind === 'resumed' ? 'active' : c.kind,
            effective_on: c.effectiveOn.toString(),
            reason: c.reason,
          });
      }
    }
    if (amounts.length) {
      await tx.query(
        `INSERT INTO benefit_amount (benefit_id, effective_from, amount_fen, reason)
         SELECT a.benefit_id, a.effective_from::date, a.amount, a.reason FROM jsonb_to_recordset($1::jsonb) AS a(benefit_id uuid, effective_from text, amount bigint, reason text)
         ON CONFLICT (benefit_id, effective_from) DO UPDATE SET amount_fen = EXCLUDED.amount_fen, reason = EXCLUDED.reason`,
        [JSON.stringify(amounts)],
      );
    }
    if (statuses.length) {
      await tx.query(
        `INSERT INTO benefit_status_change (benefit_id, from_status, to_status, effective_on, reason, actor)
         SELECT s.benefit_id, s.from_status, s.to_status, s.effective_on::date, s.reason, $2 FROM jsonb_to_recordset($1::jsonb) AS s(benefit_id uuid, from_status text, to_status text, effective_on text, reason text)`,
        [JSON.stringify(statuses), actor],
      );
    }
  }
}

interface BenefitRow {
  id: string;
  household_id: string;
  application_id: string;
  programme_code: BenefitState['programme'];
  division_code: string;
  status: BenefitState['status'];
  exclusion_group: string | null;
  exclusive: boolean;
  monthly_amount_fen: string;
  recipients: number;
  member_citizen_ids: string[];
  basis: BenefitState['basis'];
  starts_on: string;
  ends_on: string | null;
  version: number;
}

function stateOf(r: BenefitRow): BenefitState {
  return {
    id: r.id,
    householdId: r.household_id,
    applicationId: r.application_id,
    programme: r.programme_code,
    divisionCode: r.division_code,
    status: r.status,
    exclusive: r.exclusive,
    exclusionGroup: r.exclusion_group,
    monthlyAmount: Money.ofFen(Number(r.monthly_amount_fen)),
    recipients: r.recipients,
    memberCitizenIds: r.member_citizen_ids,
    basis: r.basis,
    startsOn: BusinessDate.parse(r.starts_on),
    endsOn: r.ends_on ? BusinessDate.parse(r.ends_on) : null,
    version: r.version,
  };
}
