import { districtFilter, divisionOfRow, KeysetQuery, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { CommunityPostView, CommunityWorkerQueries, CommunityWorkerView, WorkerStatisticsRow } from '../application/community-worker-queries';
import { WorkerPost } from '../domain/community-worker';

/** Adapter of the community-worker query port. */
@Injectable()
export class SqlCommunityWorkerQueries implements CommunityWorkerQueries {
  constructor(private readonly uow: UnitOfWork) {}

  divisionOf(id: string): Promise<string | undefined> {
    return divisionOfRow(this.uow.manager(), 'community_worker', id, 'committee_code');
  }

  async get(id: string): Promise<CommunityWorkerView | null> {
    const [r] = await this.uow.manager().query(
      `SELECT w.id, w.citizen_id, w.name, w.post_id, w.committee_code, w.post, w.grade, s.monthly_pay_fen, w.appointed_on::text AS appointed_on,
              w.left_on::text AS left_on, w.leave_reason, w.version,
              coalesce((SELECT json_agg(json_build_object('course', t.course, 'hours', t.hours, 'completedOn', t.completed_on) ORDER BY t.id)
                        FROM worker_training t WHERE t.worker_id = w.id), '[]') AS trainings
       FROM community_worker w JOIN worker_grade_scale s ON s.post = w.post AND s.grade = w.grade WHERE w.id = $1`,
      [id],
    );
    if (!r) return null;
    return {
      id: r.id,
      citizenId: r.citizen_id,
      name: r.name,
      postId: r.post_id,
      committeeCode: r.committee_code,
      post: r.post,
      grade: r.grade,
      monthlyPayFen: Number(r.monthly_pay_fen),
      appointedOn: r.appointed_on,
      leftOn: r.left_on,
      leaveReason: r.leave_reason,
      trainings: r.trainings.map((t: Record<string, any>) => ({ course: t.course, hours: Number(t.hours), completedOn: t.completedOn })),
      version: r.version,
    };
  }

  async posts(divisionCode: string | undefined, vacantOnly: boolean, page: KeysetQuery): Promise<CommunityPostView[]> {
    const where = districtFilter('p.district_code', divisionCode ? { column: 'p.committee_code', prefix: divisionCode } : undefined);
    if (vacantOnly) where.add('w.id IS NULL');
    if (page.after) where.add('p.id > ?', page.after);
    const rows = await this.uow.manager().query(
      `SELECT p.id, p.committee_code, p.post, p.title, w.id AS worker_id
       FROM community_post p LEFT JOIN community_worker w ON w.post_id = p.id AND w.left_on IS NULL
       WHERE ${where.sql()} ORDER BY p.id LIMIT ${page.limit + 1}`,
      where.params(),
    );
    return rows.map((r: Record<string, any>) => ({ id: r.id, committeeCode: r.committee_code, post: r.post, title: r.title, workerId: r.worker_id }));
  }

  async scale(): Promise<{ post: WorkerPost; grade: number; monthlyPayFen: number }[]> {
    const rows = await this.uow.manager().query(`SELECT post, grade, monthly_pay_fen FROM worker_grade_scale ORDER BY post, grade`);
    return rows.map((r: Record<string, any>) => ({ post: r.post, grade: r.grade, monthlyPayFen: Number(r.monthly_pay_fen) }));
  }

  async statistics(divisionCode?: string): Promise<WorkerStatisticsRow[]> {
    const where = districtFilter('p.district_code', divisionCode ? { column: 'p.committee_code', prefix: divisionCode } : undefined);
    const db = this.uow.manager();
    const from = `FROM community_post p LEFT JOIN community_worker w ON w.post_id = p.id AND w.left_on IS NULL WHERE ${where.sql()}`;
    const posts: Record<string, any>[] = await db.query(
      `SELECT p.district_code, count(*)::int AS posts, count(w.id)::int AS filled ${from} GROUP BY 1 ORDER BY 1`,
      where.params(),
    );
    const grades: Record<string, any>[] = await db.query(
      `SELECT p.district_code, w.grade, count(*)::int AS n ${from} AND w.id IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
      where.params(),
    );
    return posts.map((r) => ({
      districtCode: r.district_code,
      posts: r.posts,
      filled: r.filled,
      vacant: r.posts - r.filled,
      byGrade: grades.filter((g) => g.district_code === r.district_code).map((g) => ({ grade: g.grade, workers: g.n })),
    }));
  }
}
