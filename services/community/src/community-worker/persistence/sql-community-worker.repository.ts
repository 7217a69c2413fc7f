import { BusinessDate, CitizenId, DomainError, districtOf } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { CommunityWorker, GradeScale } from '../domain/community-worker';
import { CommunityPost, CommunityWorkerRepository } from '../domain/community-worker.repository';

const postFilled = () => new DomainError('WORKER.POST_FILLED', 'the post has a worker in it: they leave first', 'conflict', 'postId');
const inAnotherPost = () => new DomainError('WORKER.IN_ANOTHER_POST', 'the person holds another post now: they leave it first', 'conflict', 'citizenId');

/** Adapter: `community_post`, `community_worker`, `worker_training`, `worker_grade_scale`. */
@Injectable()
export class SqlCommunityWorkerRepository implements CommunityWorkerRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async scale(): Promise<GradeScale[]> {
    const rows = await this.uow.manager().query(`SELECT post, grade, monthly_pay_fen FROM worker_grade_scale ORDER BY post, grade`);
    return rows.map((r: Record<string, any>) => ({ post: r.post, grade: r.grade, monthlyPayFen: Number(r.monthly_pay_fen) }));
  }

  async addPost(post: CommunityPost): Promise<void> {
    await this.uow
      .transaction()
      .query(`INSERT INTO community_post (id, committee_code, district_code, post, title) VALUES ($1, $2, $3, $4, $5)`, [
        post.id,
        post.committeeCode,
        districtOf(post.committeeCode),
        post.post,
        post.title,
      ]);
  }

  async findPost(id: string): Promise<CommunityPost | null> {
    const [r] = await this.uow.manager().query(`SELECT id, committee_code, post, title FROM community_post WHERE id = $1`, [id]);
    return r ? { id: r.id, committeeCode: r.committee_code, post: r.post, title: r.title } : null;
  }

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<CommunityWorker | null> {
    const db = this.uow.manager();
    const [r] = await db.query(
      `SELECT id, citizen_id, name, post_id, committee_code, post, grade, appointed_on::text AS appointed_on, left_on::text AS left_on, leave_reason, version
       FROM community_worker WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`,
      [id],
    );
    if (!r) return null;
    const trainings = await db.query(`SELECT course, hours, completed_on::text AS completed_on FROM worker_training WHERE worker_id = $1 ORDER BY id`, [id]);
    return CommunityWorker.restore({
      id: r.id,
      citizenId: CitizenId.parse(r.citizen_id),
      name: r.name,
      postId: r.post_id,
      committeeCode: r.committee_code,
      post: r.post,
      grade: r.grade,
      appointedOn: BusinessDate.parse(r.appointed_on),
      leftOn: r.left_on ? BusinessDate.parse(r.left_on) : null,
      leaveReason: r.leave_reason,
      trainings: trainings.map((t: Record<string, any>) => ({ course: t.course, hours: Number(t.hours), completedOn: BusinessDate.parse(t.completed_on) })),
      version: r.version,
    });
  }

  async save(worker: CommunityWorker, expectedVersion: number | null): Promise<void> {
    const s = worker.snapshot();
    const tx = this.uow.transaction();
    if (expectedVersion === null) {
      await translatingConstraints(
        () =>
          tx.query(
            `INSERT INTO community_worker (id, citizen_id, name, post_id, committee_code, district_code, post, grade, appointed_on, version)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
            [s.id, s.citizenId.value, s.name, s.postId, s.committeeCode, districtOf(s.committeeCode), s.post, s.grade, s.appointedOn.toString(), s.version],
          ),
        { community_worker_one_per_post: postFilled, community_worker_one_post_each: inAnotherPost },
      );
      return;
    }
    const rows = await queryReturning(
      tx,
      `UPDATE community_worker SET grade = $2, left_on = $3, leave_reason = $4, version = $5 WHERE id = $1 AND version = $6 RETURNING id`,
      [s.id, s.grade, s.leftOn?.toString() ?? null, s.leaveReason, s.version, expectedVersion],
    );
    if (rows.length !== 1) throw new ConcurrentUpdateError();
    const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM worker_training WHERE worker_id = $1`, [s.id]);
    for (const t of s.trainings.slice(n))
      await tx.query(`INSERT INTO worker_training (worker_id, course, hours, completed_on) VALUES ($1, $2, $3, $4)`, [
        s.id,
        t.course,
        t.hours,
        t.completedOn.toString(),
      ]);
  }
}
