import { BusinessDate, CitizenId, Clock, DivisionCode, DomainError, notInFuture } from '@civic/domain-kernel';
import { assertDistrictInScope, CLOCK, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DIVISION_REPOSITORY, DivisionRepository } from '../../division/domain/division.repository';
import { CommunityWorker, WORKER_POSTS, WorkerPost, workerNotFound } from '../domain/community-worker';
import { COMMUNITY_WORKER_REPOSITORY, CommunityPost, CommunityWorkerRepository } from '../domain/community-worker.repository';

/** 社区工作者: posts of a committee, appointments, grades, trainings and departures. */
@Injectable()
export class CommunityWorkerCommands {
  constructor(
    @Inject(COMMUNITY_WORKER_REPOSITORY) private readonly workers: CommunityWorkerRepository,
    @Inject(DIVISION_REPOSITORY) private readonly divisions: DivisionRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A post of a committee in force (a 12-digit division). */
  async addPost(input: { committeeCode: string; post: string; title: string }): Promise<CommunityPost> {
    const code = DivisionCode.parse(input.committeeCode, 'committeeCode');
    const committee = await this.divisions.find(code.value);
    if (code.level !== 'committee' || committee?.status !== 'active')
      throw new DomainError('WORKER.COMMITTEE_UNKNOWN', `committeeCode ${code.value} is no committee in force`, 'rule', 'committeeCode');
    if (!(WORKER_POSTS as readonly string[]).includes(input.post))
      throw new DomainError('WORKER.FIELD_INVALID', `post must be one of ${WORKER_POSTS.join(', ')}`, 'invalid', 'post');
    const post = { id: randomUUID(), committeeCode: code.value, post: input.post as WorkerPost, title: input.title.trim() };
    await this.workers.addPost(post);
    return post;
  }

  async appoint(input: { citizenId: string; name: string; postId: string; grade: number; appointedOn: string }): Promise<CommunityWorker> {
    const post = await this.workers.findPost(input.postId);
    if (!post) throw new DomainError('WORKER.POST_UNKNOWN', `no post ${input.postId}`, 'rule', 'postId');
    assertDistrictInScope(post.committeeCode); // the route's domain rule: the post's committee is in the caller's districts
    const worker = CommunityWorker.appoint(
      {
        id: randomUUID(),
        citizenId: CitizenId.parse(input.citizenId, 'citizenId', this.clock),
        name: input.name,
        post,
        grade: input.grade,
        appointedOn: this.pastDate(input.appointedOn, 'appointedOn'),
      },
      await this.workers.scale(),
    );
    await this.workers.save(worker, null);
    return worker;
  }

  async regrade(id: string, input: { grade: number }, ifMatch?: number): Promise<CommunityWorker> {
    const scale = await this.workers.scale();
    return this.change(id, ifMatch, (w) => w.regrade(input.grade, scale));
  }

  train(id: string, input: { course: string; hours: number; completedOn: string }, ifMatch?: number): Promise<CommunityWorker> {
    return this.change(id, ifMatch, (w) => w.train({ ...input, completedOn: this.pastDate(input.completedOn, 'completedOn') }));
  }

  leave(id: string, input: { leftOn: string; reason: string }, ifMatch?: number): Promise<CommunityWorker> {
    return this.change(id, ifMatch, (w) => w.leave(this.pastDate(input.leftOn, 'leftOn'), input.reason));
  }

  private async change(id: string, ifMatch: number | undefined, act: (worker: CommunityWorker) => void): Promise<CommunityWorker> {
    const worker = await this.workers.find(id, { forUpdate: true });
    if (!worker) throw workerNotFound(id);
    if (ifMatch !== undefined && ifMatch !== worker.version) throw new StaleVersionError(worker.version);
    const expected = worker.version;
    act(worker);
    await this.workers.save(worker, expected);
    return worker;
  }

  private pastDate(raw: string, field: string): BusinessDate {
    const date = BusinessDate.parse(raw, field);
    notInFuture(date, BusinessDate.today(this.clock), field, 'WORKER');
    return date;
  }
}
