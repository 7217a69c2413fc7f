import { BusinessDate, Clock, DomainError } from '@civic/domain-kernel';
import { CLOCK, EventPublisher, recordedBy, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { childNotFound } from '../../child/domain/child';
import { CHILD_REPOSITORY, ChildRepository } from '../../child/domain/child.repository';
import { workstationNotFound } from '../../workstation/domain/workstation';
import { WORKSTATION_REPOSITORY, WorkstationRepository } from '../../workstation/domain/workstation.repository';
import { CaseTimeLimits, checkTimeLimits } from '../domain/case-time-limits';
import { ProtectionCase, protectionCaseNotFound } from '../domain/protection-case';
import { PROTECTION_CASE_REPOSITORY, ProtectionCaseRepository } from '../domain/protection-case.repository';
import { protectionCaseEvents } from './protection-case-integration-events';

export interface ReportCaseCommand {
  childId?: string | null;
  directorId?: string | null;
  source: string;
  concern: string;
  reportedOn: string;
}

/** 未成年人保护个案: reported at a workstation, taken through its stages, referred, closed; events through the outbox. */
@Injectable()
export class ProtectionCaseCommands {
  constructor(
    @Inject(PROTECTION_CASE_REPOSITORY) private readonly cases: ProtectionCaseRepository,
    @Inject(WORKSTATION_REPOSITORY) private readonly stations: WorkstationRepository,
    @Inject(CHILD_REPOSITORY) private readonly children: ChildRepository,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async report(workstationId: string, input: ReportCaseCommand): Promise<ProtectionCase> {
    const station = await this.stations.find(workstationId);
    if (!station) throw workstationNotFound(workstationId);
    if (input.directorId) station.director(input.directorId);
    if (input.childId) {
      const child = await this.children.find(input.childId);
      if (!child) throw childNotFound(input.childId);
      if (!child.isActive) throw new DomainError('PROTECTION_CASE.CHILD_CLOSED', 'the child’s record is closed', 'conflict', 'childId');
    }
    const opened = ProtectionCase.report(
      {
        ...input,
        id: randomUUID(),
        childId: input.childId ?? null,
        directorId: input.directorId ?? null,
        workstation: { id: station.id, divisionCode: station.divisionCode },
        reportedOn: BusinessDate.parse(input.reportedOn, 'reportedOn'),
      },
      await this.cases.timeLimits(),
      this.today(),
    );
    await this.commit(opened, null);
    return opened;
  }

  async assess(id: string, input: { assessedOn: string; riskLevel: string; findings: string }, ifMatch?: number): Promise<ProtectionCase> {
    const limits = await this.cases.timeLimits();
    return this.change(id, ifMatch, (c) => c.assess({ ...input, assessedOn: BusinessDate.parse(input.assessedOn, 'assessedOn') }, limits, this.today()));
  }

  async plan(id: string, input: { plannedOn: string; measures: string }, ifMatch?: number): Promise<ProtectionCase> {
    const limits = await this.cases.timeLimits();
    return this.change(id, ifMatch, (c) => c.planMeasures({ ...input, plannedOn: BusinessDate.parse(input.plannedOn, 'plannedOn') }, limits, this.today()));
  }

  async visit(id: string, input: { visitedOn: string; notes: string }, ifMatch?: number): Promise<ProtectionCase> {
    const limits = await this.cases.timeLimits();
    return this.change(id, ifMatch, (c) => c.visit({ ...input, visitedOn: BusinessDate.parse(input.visitedOn, 'visitedOn') }, limits, this.today()));
  }

  async refer(id: string, input: { to: string; agency: string; reason: string; referredOn: string }, ifMatch?: number): Promise<ProtectionCase> {
    return this.change(id, ifMatch, (c) =>
      c.refer({ ...input, id: randomUUID(), referredOn: BusinessDate.parse(input.referredOn, 'referredOn') }, this.today()),
    );
  }

  async assign(id: string, input: { directorId: string }, ifMatch?: number): Promise<ProtectionCase> {
    const subject = await this.load(id, ifMatch);
    const station = (await this.stations.find(subject.workstationId))!;
    station.director(input.directorId);
    const expected = subject.version;
    subject.assign(input.directorId);
    await this.commit(subject, expected);
    return subject;
  }

  async close(id: string, input: { closedOn: string; reason: string }, ifMatch?: number): Promise<ProtectionCase> {
    return this.change(id, ifMatch, (c) => c.close({ closedOn: BusinessDate.parse(input.closedOn, 'closedOn'), reason: input.reason }, this.today()));
  }

  /**
   * A guardian died: a re-assessment case about the child, at the workstation of the child's
   * sub-district, with its first director in post (none: to be assigned). No workstation: none opened.
   */
  async openForGuardianDeath(childId: string, divisionCode: string, on: BusinessDate): Promise<ProtectionCase | null> {
    const station = await this.stations.ofDivision(divisionCode);
    if (!station) return null;
    const director = station.active().find((m) => m.role === 'director') ?? null;
    const opened = ProtectionCase.report(
      {
        id: randomUUID(),
        childId,
        workstation: { id: station.id, divisionCode: station.divisionCode },
        directorId: director?.id ?? null,
        source: 'guardian-death',
        concern: `监护人死亡 (${on}): 重新评估监护状况`,
        reportedOn: on,
      },
      await this.cases.timeLimits(),
      this.notBefore(on),
    );
    await this.commit(opened, null);
    return opened;
  }

  /** The child's open cases close (adopted, deceased), with the reason. */
  async closeAllOfChild(childId: string, on: BusinessDate, reason: string): Promise<number> {
    const open = await this.cases.openOfChild(childId);
    for (const subject of open) {
      const expected = subject.version;
      const closedOn = subject.snapshot().stageSince.isAfter(on) ? subject.snapshot().stageSince : on;
      subject.close({ closedOn, reason }, this.notBefore(closedOn));
      await this.commit(subject, expected);
    }
    return open.length;
  }

  async setTimeLimits(limits: CaseTimeLimits): Promise<CaseTimeLimits> {
    const checked = checkTimeLimits(limits);
    await this.cases.setTimeLimits(checked, recordedBy());
    return checked;
  }

  private async change(id: string, ifMatch: number | undefined, act: (subject: ProtectionCase) => void): Promise<ProtectionCase> {
    const subject = await this.load(id, ifMatch);
    const expected = subject.version;
    act(subject);
    await this.commit(subject, expected);
    return subject;
  }

  private async load(id: string, ifMatch: number | undefined): Promise<ProtectionCase> {
    const subject = await this.cases.find(id, { forUpdate: true });
    if (!subject) throw protectionCaseNotFound(id);
    if (ifMatch !== undefined && ifMatch !== subject.version) throw new StaleVersionError(subject.version);
    return subject;
  }

  private async commit(subject: ProtectionCase, expectedVersion: number | null): Promise<void> {
    const changes = subject.pullChanges();
    await this.cases.save(subject, expectedVersion, changes);
    await this.events.publish(protectionCaseEvents(subject, changes));
  }

  private today(): BusinessDate {
    return BusinessDate.today(this.clock);
  }

  /** Today, or the event's own date if another service's clock is ahead of ours: an event's fact is never refused as "in the future". */
  private notBefore(on: BusinessDate): BusinessDate {
    return on.isAfter(this.today()) ? on : this.today();
  }
}
