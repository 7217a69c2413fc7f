import { BusinessDate, CitizenId, districtOf, Money } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, recordedBy, translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { HomeAdaptation, homeAdaptationAlreadyOpen } from '../domain/home-adaptation';
import { HomeAdaptationPolicy } from '../domain/home-adaptation-policy';
import { HomeAdaptationRepository } from '../domain/home-adaptation.repository';
import { HOME_ADAPTATION_COLUMNS, HomeAdaptationRow } from './home-adaptation.row';

/** Adapter: `home_adaptation` and `home_adaptation_policy`; one adaptation under way per elder is the partial unique index's. */
@Injectable()
export class SqlHomeAdaptationRepository implements HomeAdaptationRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<HomeAdaptation | null> {
    const [row] = await this.uow
      .manager()
      .query(`SELECT ${HOME_ADAPTATION_COLUMNS} FROM home_adaptation WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
    return row ? toAggregate(row) : null;
  }

  async save(subject: HomeAdaptation, expectedVersion: number | null): Promise<void> {
    const s = subject.snapshot();
    const tx = this.uow.transaction();
    const fen = (m: Money | undefined) => (m === undefined ? null : m.fen);
    const values = [
      s.id,
      s.status,
      s.assessment?.assessedOn.toString() ?? null,
      s.assessment?.assessor ?? null,
      s.assessment ? JSON.stringify(s.assessment.items.map((i) => ({ item: i.item, costFen: i.cost.fen }))) : null,
      fen(s.assessment?.estimatedCost),
      s.assessment?.sharePercent ?? null,
      fen(s.assessment?.approvedSubsidy),
      s.works?.contractor ?? null,
      s.works?.startedOn.toString() ?? null,
      s.acceptance?.acceptedOn.toString() ?? null,
      fen(s.acceptance?.actualCost),
      fen(s.acceptance?.grantedSubsidy),
      s.closedReason,
      s.version,
    ];
    if (expectedVersion === null) {
      await translatingConstraints(
        () =>
          tx.query(
            `INSERT INTO home_adaptation (id, status, assessed_on, assessor, items, estimated_cost_fen, share_percent, approved_subsidy_fen, contractor,
               works_started_on, accepted_on, actual_cost_fen, granted_subsidy_fen, closed_reason, version,
               citizen_id, name, division_code, district_code, address, applied_on, recorded_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)`,
            [...values, s.citizenId.value, s.name, s.divisionCode, districtOf(s.divisionCode), s.address, s.appliedOn.toString(), actor()],
          ),
        { home_adaptation_one_open_per_elder: homeAdaptationAlreadyOpen },
      );
      return;
    }
    const rows = await queryReturning(
      tx,
      `UPDATE home_adaptation SET status = $2, assessed_on = $3, assessor = $4, items = $5, estimated_cost_fen = $6, share_percent = $7,
         approved_subsidy_fen = $8, contractor = $9, works_started_on = $10, accepted_on = $11, actual_cost_fen = $12,
         granted_subsidy_fen = $13, closed_reason = $14, version = $15
       WHERE id = $1 AND version = $16 RETURNING id`,
      [...values, expectedVersion],
    );
    if (rows.length !== 1) throw new ConcurrentUpdateError();
  }

  async lockElderCommitted(citizenId: string, exceptId: string): Promise<Money> {
    const tx = this.uow.transaction();
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`home-adaptation:${citizenId}`]);
    const [row] = await tx.query(
      `SELECT coalesce(sum(coalesce(granted_subsidy_fen, approved_subsidy_fen)), 0)::bigint AS fen
         FROM home_adaptation WHERE citizen_id = $1 AND id <> $2 AND status <> 'closed'`,
      [citizenId, exceptId],
    );
    return Money.ofFen(Number(row.fen));
  }

  policy(): Promise<HomeAdaptationPolicy> {
    return readHomeAdaptationPolicy(this.uow);
  }

  async setPolicy(policy: HomeAdaptationPolicy, recordedBy: string): Promise<void> {
    await this.uow
      .transaction()
      .query(
        `UPDATE home_adaptation_policy SET per_elder_limit_fen = $1, default_share_percent = $2, share_by_programme = $3, changed_by = $4, changed_at = now() WHERE id = 1`,
        [policy.perElderLimit.fen, policy.defaultSharePercent, JSON.stringify(policy.shareByProgramme), recordedBy],
      );
  }
}

export async function readHomeAdaptationPolicy(uow: UnitOfWork): Promise<HomeAdaptationPolicy> {
  const [row] = await uow.manager().query(`SELECT per_elder_limit_fen, default_share_percent, share_by_programme FROM home_adaptation_policy WHERE id = 1`);
  return {
    perElderLimit: Money.ofFen(Number(row.per_elder_limit_fen)),
    defaultSharePercent: row.default_share_percent,
    shareByProgramme: row.share_by_programme,
  };
}

function actor(): string {
  return recordedBy();
}

const money = (fen: string | null) => (fen === null ? null : Money.ofFen(Number(fen)));
const date = (text: string | null) => (text === null ? null : BusinessDate.parse(text));

export function toAggregate(row: HomeAdaptationRow): HomeAdaptation {
  return HomeAdaptation.restore({
    id: row.id,
    citizenId: CitizenId.parse(row.citizen_id),
    name: row.name,
    divisionCode: row.division_code,
    address: row.address,
    appliedOn: BusinessDate.parse(row.applied_on),
    status: row.status,
    assessment:
      row.assessed_on === null
        ? null
        : {
            assessedOn: date(row.assessed_on)!,
            assessor: row.assessor!,
            items: (row.items ?? []).map((i) => ({ item: i.item, cost: Money.ofFen(i.costFen) })),
            estimatedCost: money(row.estimated_cost_fen)!,
            sharePercent: row.share_percent!,
            approvedSubsidy: money(row.approved_subsidy_fen)!,
          },
    works: row.works_started_on === null ? null : { contractor: row.contractor!, startedOn: date(row.works_started_on)! },
    acceptance:
      row.accepted_on === null
        ? null
        : { acceptedOn: date(row.accepted_on)!, actualCost: money(row.actual_cost_fen)!, grantedSubsidy: money(row.granted_subsidy_fen)! },
    closedReason: row.closed_reason,
    version: row.version,
  });
}
