import { BusinessDate, CitizenId, Clock, DomainError, notInFuture } from '@civic/domain-kernel';
import { CLOCK, EventPublisher, recordedBy, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DWELLING_REPOSITORY, DwellingRepository } from '../../dwelling/domain/dwelling.repository';
import { Tag, tagNotInDictionary, TagOwner } from '../../tag/domain/tag';
import { TAG_REPOSITORY, TagRepository } from '../../tag/domain/tag.repository';
import { Person, personExists, personNotFound, Residence } from '../domain/person';
import { PERSON_REPOSITORY, PersonRepository } from '../domain/person.repository';
import { personIntegrationEvents } from './person-integration-events';

/** 人房数据: persons entering, moving within and leaving the city's dwellings, tagged by hand; each change through the outbox. */
@Injectable()
export class PersonCommands {
  constructor(
    @Inject(PERSON_REPOSITORY) private readonly persons: PersonRepository,
    @Inject(DWELLING_REPOSITORY) private readonly dwellings: DwellingRepository,
    @Inject(TAG_REPOSITORY) private readonly tags: TagRepository,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(input: { citizenId: string; name: string; dwellingId: string; movedInOn: string }): Promise<Person> {
    const citizenId = CitizenId.parse(input.citizenId, 'citizenId', this.clock);
    if (await this.persons.findByCitizenId(citizenId.value)) throw personExists();
    const person = Person.register({
      id: randomUUID(),
      citizenId,
      name: input.name,
      dwelling: await this.residence(input.dwellingId),
      on: this.pastDate(input.movedInOn, 'movedInOn'),
    });
    await this.commit(person, null);
    return person;
  }

  async moveIn(id: string, input: { dwellingId: string; on: string }, ifMatch?: number): Promise<Person> {
    const dwelling = await this.residence(input.dwellingId);
    return this.change(id, ifMatch, (p) => p.moveIn(dwelling, this.pastDate(input.on, 'on')));
  }

  async moveTo(id: string, input: { dwellingId: string; on: string }, ifMatch?: number): Promise<Person> {
    const dwelling = await this.residence(input.dwellingId);
    return this.change(id, ifMatch, (p) => p.moveTo(dwelling, this.pastDate(input.on, 'on')));
  }

  moveOut(id: string, input: { on: string; reason: string }, ifMatch?: number): Promise<Person> {
    return this.change(id, ifMatch, (p) => p.moveOut(this.pastDate(input.on, 'on'), input.reason));
  }

  /** An officer tags a person with a tag officers govern (a context's tag comes from its events only). */
  async tag(id: string, input: { tag: string; reason: string }, ifMatch?: number): Promise<Person> {
    (await this.dictionaryTag(input.tag)).mustBeSetByHand();
    return this.change(id, ifMatch, (p) => p.tag(input.tag, input.reason, this.clock.now()));
  }

  async untag(id: string, code: string, input: { reason: string }, ifMatch?: number): Promise<Person> {
    (await this.dictionaryTag(code)).mustBeRemovableByHand();
    return this.change(id, ifMatch, (p) => p.untag(code, input.reason));
  }

  /**
   * Tags other contexts' events give or close (`owner`: that context), in their order, set-wise: each
   * is applied when the person is in the cloud and the dictionary lets that context set the tag, and
   * is nothing when it is already so. A run of events is one read of its persons and three writes.
   */
  async applyAutomatic(decisions: { citizenId: string; tag: string; action: 'tag' | 'untag'; reason: string }[], owner: TagOwner): Promise<void> {
    const tags = new Map<string, Tag | null>();
    for (const code of new Set(decisions.map((d) => d.tag))) tags.set(code, await this.tags.find(code));
    const allowed = decisions.filter((d) => tags.get(d.tag)?.isSetByEventsOf(owner, d.action === 'untag'));
    if (allowed.length === 0) return;
    const persons = await this.persons.findManyByCitizenIds([...new Set(allowed.map((d) => d.citizenId))], { forUpdate: true });
    const expected = new Map([...persons.values()].map((p) => [p.id, p.version]));
    const at = this.clock.now();
    for (const decision of allowed) {
      const person = persons.get(decision.citizenId);
      if (!person || person.status !== 'resident') continue;
      if (decision.action === 'tag' && !person.hasTag(decision.tag)) person.tag(decision.tag, decision.reason, at);
      else if (decision.action === 'untag' && person.hasTag(decision.tag)) person.untag(decision.tag, decision.reason);
    }
    const changed = [...persons.values()]
      .map((person) => ({ person, expectedVersion: expected.get(person.id)!, changes: person.pullChanges() }))
      .filter((e) => e.changes.length > 0);
    await this.persons.saveTagChanges(changed, recordedBy(), at);
    await this.events.publish(changed.flatMap((e) => personIntegrationEvents(e.person, e.changes, at)));
  }

  /** A death registered in funeral: every tag closes and the residence ends; nothing when the person is not in the cloud, or already dead. */
  async died(citizenId: string, on: BusinessDate): Promise<void> {
    const person = await this.persons.findByCitizenId(citizenId, { forUpdate: true });
    if (!person) return;
    const expected = person.version;
    if (person.die(on)) await this.commit(person, expected);
  }

  private async change(id: string, ifMatch: number | undefined, act: (person: Person) => void): Promise<Person> {
    const person = await this.persons.find(id, { forUpdate: true });
    if (!person) throw personNotFound(id);
    if (ifMatch !== undefined && ifMatch !== person.version) throw new StaleVersionError(person.version);
    const expected = person.version;
    act(person);
    await this.commit(person, expected);
    return person;
  }

  private async commit(person: Person, expectedVersion: number | null): Promise<void> {
    const changes = person.pullChanges();
    const at = this.clock.now();
    await this.persons.save(person, expectedVersion, changes, recordedBy(), at);
    await this.events.publish(personIntegrationEvents(person, changes, at));
  }

  private async residence(dwellingId: string): Promise<Residence> {
    const dwelling = await this.dwellings.find(dwellingId);
    if (!dwelling) throw new DomainError('PERSON.DWELLING_UNKNOWN', `no dwelling ${dwellingId}`, 'rule', 'dwellingId');
    return { dwellingId: dwelling.id, committeeCode: dwelling.committeeCode };
  }

  private async dictionaryTag(code: string): Promise<Tag> {
    const tag = await this.tags.find(code);
    if (!tag) throw tagNotInDictionary(code);
    return tag;
  }

  private pastDate(raw: string, field: string): BusinessDate {
    const date = BusinessDate.parse(raw, field);
    notInFuture(date, BusinessDate.today(this.clock), field, 'PERSON');
    return date;
  }
}
