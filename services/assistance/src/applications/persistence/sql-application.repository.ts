import { BusinessDate, districtOf, Money } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, requestContext, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { ApplicationTransition } from '../domain/application-change';
import { Household } from '../../household/domain/household';
import { stateOf } from '../../household/persistence/sql-household.repository';
import { programmeOf } from '../../programme/persistence/sql-programme.repository';
import { ApplicationRepository, SubmissionContext } from '../domain/application.repository';
import { AssistanceApplication } from '../domain/assistance-application';
import { Objection } from '../domain/objection';

const COLUMNS = `a.*, a.stage_entered_on::text AS stage_entered_on, a.stage_due_on::text AS stage_due_on, a.notice_starts_on::text AS notice_starts_on, a.notice_ends_on::text AS notice_ends_on, p.stage_limit_days`;

@Injectable()
export class SqlApplicationRepository implements ApplicationRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<AssistanceApplication | null> {
    const [r] = await this.uow
      .manager()
      .query(
        `SELECT ${COLUMNS} FROM application a JOIN programme p ON p.code = a.programme_code WHERE a.id = $1${options.forUpdate ? ' FOR UPDATE OF a' : ''}`,
        [id],
      );
    if (!r) return null;
    const date = (v: string | null) => (v ? BusinessDate.parse(v) : null);
    return AssistanceApplication.restore(
      {
        id: r.id,
        householdId: r.household_id,
        programme: r.programme_code,
        divisionCode: r.division_code,
        channel: r.channel,
        status: r.status,
        submittedAt: r.submitted_at,
        stageEnteredOn: BusinessDate.parse(r.stage_entered_on),
        stageDueOn: date(r.stage_due_on),
        verification: r.verification,
        communityReview: r.community_review,
        noticeStartsOn: date(r.notice_starts_on),
        noticeEndsOn: date(r.notice_ends_on),
        decision: r.decision,
        requestedAmount: r.requested_amount_fen === null ? null : Money.ofFen(Number(r.requested_amount_fen)),
        benefitId: r.benefit_id,
        version: r.version,
      },
      r.stage_limit_days,
    );
  }

  async save(application: AssistanceApplication, transitions: ApplicationTransition[], expectedVersion: number | null): Promise<void> {
    const tx = this.uow.transaction();
    const s = application.snapshot();
    const values = [
      s.id,
      s.householdId,
      s.programme,
      s.divisionCode,
      districtOf(s.divisionCode),
      s.status,
      s.channel,
      s.submittedAt,
      s.stageEnteredOn.toString(),
      s.stageDueOn?.toString() ?? null,
      s.verification ? JSON.stringify(s.verification) : null,
      s.communityReview ? JSON.stringify(s.communityReview) : null,
      s.noticeStartsOn?.toString() ?? null,
      s.noticeEndsOn?.toString() ?? null,
      s.decision ? JSON.stringify(s.decision) : null,
      s.requestedAmount?.fen ?? null,
      s.benefitId,
      s.version,
    ];
    const context = requestContext.current();
    const trail = transitions.map((t) => ({ from: t.from, to: t.to, reason: t.reason }));
    const who = [context?.actor?.subject ?? 'system', context?.actor?.system ?? 'internal', context?.requestId ?? null];
    if (expectedVersion === null) {
      // Submission is the hot path: the new application and its first transition are deferred, and
      // reach Postgres in one statement with the command's outbox event and audit row.
      await this.uow.defer({
        sql: `INSERT INTO application (id, household_id, programme_code, division_code, district_code, status, channel, submitted_at, stage_entered_on, stage_due_on, verification, community_review, notice_starts_on, notice_ends_on, decision, requested_amount_fen, benefit_id, version)
              VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
        params: values,
      });
      await this.uow.defer({
        sql: `INSERT INTO application_transition (application_id, from_status, to_status, reason, actor, system, request_id)
              SELECT $1, t."from", t."to", t.reason, $3, $4, $5 FROM jsonb_to_recordset($2::jsonb) AS t("from" text, "to" text, reason text)`,
        params: [s.id, JSON.stringify(trail), ...who],
      });
      return;
    } else {
      const updated = await queryReturning(
        tx,
        `UPDATE application SET status = $2, stage_entered_on = $3, stage_due_on = $4, verification = $5, community_review = $6, notice_starts_on = $7, notice_ends_on = $8, decision = $9, benefit_id = $10, version = $11
         WHERE id = $1 AND version = $12 RETURNING id`,
        [
          s.id,
          s.status,
          s.stageEnteredOn.toString(),
          s.stageDueOn?.toString() ?? null,
          s.verification ? JSON.stringify(s.verification) : null,
          s.communityReview ? JSON.stringify(s.communityReview) : null,
          s.noticeStartsOn?.toString() ?? null,
          s.noticeEndsOn?.toString() ?? null,
          s.decision ? JSON.stringify(s.decision) : null,
          s.benefitId,
          s.version,
          expectedVersion,
        ],
      );
      if (updated.length !== 1) throw new ConcurrentUpdateError();
    }
    if (trail.length) {
      await tx.query(
        `INSERT INTO application_transition (application_id, from_status, to_status, reason, actor, system, request_id)
         SELECT $1, t."from", t."to", t.reason, $3, $4, $5 FROM jsonb_to_recordset($2::jsonb) AS t("from" text, "to" text, reason text)`,
        [s.id, JSON.stringify(trail), ...who],
      );
    }
  }

  async submissionContext(householdId: string, programme: string): Promise<SubmissionContext> {
    const db = this.uow.manager();
    const [row] = await db.query(
      `SELECT (SELECT row_to_json(p) FROM programme p WHERE p.code = $2) AS programme,
              (SELECT row_to_json(h) FROM (SELECT id, division_code, address, status, review_status, review_notes, version FROM household WHERE id = $1 FOR UPDATE) h) AS household,
              (SELECT json_agg(m ORDER BY m.position) FROM household_member m WHERE m.household_id = $1) AS members,
              (SELECT id FROM application WHERE household_id = $1 AND programme_code = $2 AND status NOT IN ('granted', 'rejected', 'withdrawn') LIMIT 1) AS open_application_id,
              (SELECT id FROM benefit WHERE household_id = $1 AND programme_code = $2 AND status <> 'terminated' LIMIT 1) AS open_benefit_id`,
      [householdId, programme],
    );
    return {
      programme: row.programme ? programmeOf(row.programme) : null,
      household: row.household ? Household.restore(stateOf(row.household, row.members ?? [])) : null,
      openApplicationId: row.open_application_id,
      openBenefitId: row.open_benefit_id,
    };
  }

  async addObjection(o: Objection): Promise<void> {
    await this.uow
      .transaction()
      .query(`INSERT INTO application_objection (id, application_id, kind, status, raised_by, grounds) VALUES ($1, $2, $3, $4, $5, $6)`, [
        o.id,
        o.applicationId,
        o.kind,
        o.status,
        o.raisedBy,
        o.grounds,
      ]);
  }

  async findObjection(applicationId: string, objectionId: string): Promise<Objection | null> {
    const [r] = await this.uow
      .manager()
      .query(`SELECT * FROM application_objection WHERE id = $1 AND application_id = $2 FOR UPDATE`, [objectionId, applicationId]);
    return r
      ? { id: r.id, applicationId: r.application_id, kind: r.kind, status: r.status, raisedBy: r.raised_by, grounds: r.grounds, resolution: r.resolution }
      : null;
  }

  async updateObjection(o: Objection, resolvedBy: string): Promise<void> {
    await this.uow
      .transaction()
      .query(`UPDATE application_objection SET status = $2, resolution = $3, resolved_by = $4, resolved_at = now() WHERE id = $1`, [
        o.id,
        o.status,
        o.resolution,
        resolvedBy,
      ]);
  }

  async countOpenObjections(applicationId: string, kind: Objection['kind']): Promise<number> {
    const [{ n }] = await this.uow
      .manager()
      .query(`SELECT count(*)::int AS n FROM application_objection WHERE application_id = $1 AND kind = $2 AND status = 'open'`, [applicationId, kind]);
    return n;
  }
}
