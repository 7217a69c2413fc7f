import { BusinessDate, CitizenId, Clock } from '@civic/domain-kernel';
import { DivisionDirectory } from '@civic/divisions';
import { CLOCK, EventPublisher, recordedBy, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Child, childNotFound, CloseReason } from '../domain/child';
import { CHILD_REPOSITORY, ChildRepository } from '../domain/child.repository';
import { childIntegrationEvents } from './child-integration-events';

export interface RegisterChildCommand {
  citizenId: string;
  name: string;
  divisionCode: string;
  address: string;
  category: string;
  subKind?: string | null;
  registeredOn: string;
}

/** 儿童信息: registration, category changes, guardians and closing; each in the command's transaction, its events through the outbox. */
@Injectable()
export class ChildCommands {
  constructor(
    @Inject(CHILD_REPOSITORY) private readonly children: ChildRepository,
    private readonly divisions: DivisionDirectory,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(input: RegisterChildCommand): Promise<Child> {
    await this.divisions.requireActive(input.divisionCode, 'divisionCode');
    const child = Child.register(
      {
        ...input,
        id: randomUUID(),
        citizenId: CitizenId.parse(input.citizenId, 'citizenId', this.clock),
        subKind: input.subKind ?? null,
        registeredOn: BusinessDate.parse(input.registeredOn, 'registeredOn'),
        recordedBy: recordedBy(),
      },
      this.today(),
    );
    await this.commit(child, null);
    return child;
  }

  async changeCategory(
    id: string,
    input: { category: string; subKind?: string | null; effectiveOn: string; reason: string },
    ifMatch?: number,
  ): Promise<Child> {
    return this.change(id, ifMatch, (c) =>
      c.changeCategory(
        { ...input, subKind: input.subKind ?? null, effectiveOn: BusinessDate.parse(input.effectiveOn, 'effectiveOn'), recordedBy: recordedBy() },
        this.today(),
      ),
    );
  }

  async addGuardian(
    id: string,
    input: { citizenId?: string | null; name: string; relation: string; contact: string; from: string },
    ifMatch?: number,
  ): Promise<Child> {
    return this.change(id, ifMatch, (c) =>
      c.addGuardian(
        {
          ...input,
          id: randomUUID(),
          citizenId: input.citizenId ? CitizenId.parse(input.citizenId, 'citizenId', this.clock) : null,
          from: BusinessDate.parse(input.from, 'from'),
        },
        this.today(),
      ),
    );
  }

  async endGuardianship(id: string, guardianId: string, input: { to: string; reason: string }, ifMatch?: number): Promise<Child> {
    return this.change(id, ifMatch, (c) => c.endGuardianship(guardianId, BusinessDate.parse(input.to, 'to'), input.reason));
  }

  async close(id: string, input: { reason: CloseReason; closedOn: string }, ifMatch?: number): Promise<Child> {
    return this.change(id, ifMatch, (c) => c.close(input.reason, BusinessDate.parse(input.closedOn, 'closedOn')));
  }

  /** A life event closes the child's record (adopted, deceased); none or closed already: nothing to do. */
  async closeOnEvent(citizenId: string, reason: CloseReason, on: BusinessDate): Promise<Child | null> {
    const child = await this.children.findByCitizen(citizenId, { forUpdate: true });
    if (!child || !child.isActive) return null;
    const expected = child.version;
    child.close(reason, on);
    await this.commit(child, expected);
    return child;
  }

  /** A guardian died: their guardianships end on the day of death; the children are returned for re-assessment. */
  async guardianDied(guardianCitizenId: string, on: BusinessDate): Promise<Child[]> {
    const children = await this.children.inGuardianshipOf(guardianCitizenId);
    for (const child of children) {
      const expected = child.version;
      for (const g of child.openGuardians().filter((x) => x.citizenId?.value === guardianCitizenId)) {
        child.endGuardianship(g.id, g.from.isAfter(on) ? g.from : on, '监护人死亡');
      }
      await this.commit(child, expected);
    }
    return children;
  }

  private async change(id: string, ifMatch: number | undefined, act: (child: Child) => void): Promise<Child> {
    const child = await this.children.find(id, { forUpdate: true });
    if (!child) throw childNotFound(id);
    if (ifMatch !== undefined && ifMatch !== child.version) throw new StaleVersionError(child.version);
    const expected = child.version;
    act(child);
    await this.commit(child, expected);
    return child;
  }

  private async commit(child: Child, expectedVersion: number | null): Promise<void> {
    const changes = child.pullChanges();
    await this.children.save(child, expectedVersion, changes);
    await this.events.publish(childIntegrationEvents(child, changes));
  }

  private today(): BusinessDate {
    return BusinessDate.today(this.clock);
  }
}
