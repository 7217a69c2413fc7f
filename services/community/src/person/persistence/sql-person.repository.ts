import { BusinessDate, CitizenId, districtOf } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Person, personExists } from '../domain/person';
import { PersonChange } from '../domain/person-change';
import { PersonRepository } from '../domain/person.repository';
import { OPEN_TAGS } from './person-columns';

const COLUMNS = `id, citizen_id, name, dwelling_id, committee_code, status, died_on::text AS died_on, version`;

/** Adapter: `person`, its residences (`person_residence`) and tags (`person_tag`), written from the aggregate's changes. */
@Injectable()
export class SqlPersonRepository implements PersonRepository {
  constructor(private readonly uow: UnitOfWork) {}

  find(id: string, options: { forUpdate?: boolean } = {}): Promise<Person | null> {
    return this.load('id = $1', id, options);
  }

  findByCitizenId(citizenId: string, options: { forUpdate?: boolean } = {}): Promise<Person | null> {
    return this.load('citizen_id = $1', citizenId, options);
  }

  async save(person: Person, expectedVersion: number | null, changes: PersonChange[], recordedBy: string, at: Date): Promise<void> {
    const s = person.snapshot();
    const tx = this.uow.transaction();
    const row = [
      s.id,
      s.citizenId.value,
      s.name,
      s.dwelling?.dwellingId ?? null,
      s.committeeCode,
      districtOf(s.committeeCode),
      s.status,
      s.diedOn?.toString() ?? null,
      s.version,
    ];
    if (expectedVersion === null) {
      await translatingConstraints(
        () =>
          tx.query(
            `INSERT INTO person (id, citizen_id, name, dwelling_id, committee_code, district_code, status, died_on, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            row,
          ),
        { person_one_per_citizen: personExists },
      );
    } else {
      const updated = await queryReturning(
        tx,
        `UPDATE person SET citizen_id = $2, name = $3, dwelling_id = $4, committee_code = $5, district_code = $6, status = $7, died_on = $8, version = $9
         WHERE id = $1 AND version = $10 RETURNING id`,
        [...row, expectedVersion],
      );
      if (updated.length !== 1) throw new ConcurrentUpdateError();
    }
    for (const change of changes) await write(tx, s.id, s.committeeCode, change, recordedBy, at);
  }

  async findManyByCitizenIds(citizenIds: string[], options: { forUpdate?: boolean } = {}): Promise<Map<string, Person>> {
    const rows = await this.uow
      .manager()
      .query(`SELECT ${COLUMNS}, ${OPEN_TAGS} FROM person p WHERE citizen_id = ANY($1::bpchar[]) ORDER BY id${options.forUpdate ? ' FOR UPDATE OF p' : ''}`, [
        citizenIds,
      ]);
    return new Map(rows.map((r: Record<string, any>) => [r.citizen_id, toAggregate(r)]));
  }

  async saveTagChanges(entries: { person: Person; expectedVersion: number; changes: PersonChange[] }[], by: string, at: Date): Promise<void> {
    if (entries.length === 0) return;
    const tx = this.uow.transaction();
    const updated = await queryReturning(
      tx,
      `UPDATE person p SET version = v.version FROM unnest($1::uuid[], $2::int[], $3::int[]) AS v(id, version, expected)
        WHERE p.id = v.id AND p.version = v.expected RETURNING p.id`,
      [entries.map((e) => e.person.id), entries.map((e) => e.person.version), entries.map((e) => e.expectedVersion)],
    );
    if (updated.length !== entries.length) throw new ConcurrentUpdateError();
    const changes = entries.flatMap(({ person, changes }) => changes.map((change) => ({ person, change })));
    const tagged = changes.flatMap(({ person, change }) => (change.kind === 'tagged' ? [{ person, tag: change.tag, reason: change.reason }] : []));
    const untagged = changes.flatMap(({ person, change }) => (change.kind === 'untagged' ? [{ person, tag: change.tag, reason: change.reason }] : []));
    if (tagged.length + untagged.length !== changes.length) throw new Error('saveTagChanges stores tag changes only');
    // A run that both opens and closes one person's tag writes its changes one by one, in order.
    const untags = new Set(untagged.map((u) => `${u.person.id}|${u.tag}`));
    if (tagged.some((t) => untags.has(`${t.person.id}|${t.tag}`))) {
      for (const { person, change } of changes) await write(tx, person.id, person.committeeCode, change, by, at);
      return;
    }
    if (tagged.length)
      await tx.query(
        `INSERT INTO person_tag (person_id, tag_code, committee_code, tagged_at, tagged_by, tag_reason)
         SELECT person_id, tag_code, committee_code, $4::timestamptz, $5::text, reason FROM unnest($1::uuid[], $2::text[], $3::text[], $6::text[]) AS t(person_id, tag_code, committee_code, reason)`,
        [tagged.map((t) => t.person.id), tagged.map((t) => t.tag), tagged.map((t) => t.person.committeeCode), at, by, tagged.map((t) => t.reason)],
      );
    if (untagged.length)
      await tx.query(
        `UPDATE person_tag p SET untagged_at = $3, untagged_by = $4, untag_reason = u.reason FROM unnest($1::uuid[], $2::text[], $5::text[]) AS u(person_id, tag_code, reason)
          WHERE p.person_id = u.person_id AND p.tag_code = u.tag_code AND p.untagged_at IS NULL`,
        [untagged.map((t) => t.person.id), untagged.map((t) => t.tag), at, by, untagged.map((t) => t.reason)],
      );
  }

  private async load(where: string, value: string, options: { forUpdate?: boolean }): Promise<Person | null> {
    const db = this.uow.manager();
    const [r] = await db.query(`SELECT ${COLUMNS}, ${OPEN_TAGS} FROM person p WHERE ${where}${options.forUpdate ? ' FOR UPDATE OF p' : ''}`, [value]);
    return r ? toAggregate(r) : null;
  }
}

function toAggregate(r: Record<string, any>): Person {
  return Person.restore({
    id: r.id,
    citizenId: CitizenId.parse(r.citizen_id),
    name: r.name,
    dwelling: r.dwelling_id ? { dwellingId: r.dwelling_id, committeeCode: r.committee_code } : null,
    committeeCode: r.committee_code,
    status: r.status,
    diedOn: r.died_on ? BusinessDate.parse(r.died_on) : null,
    tags: r.tags.map((t: { code: string; since: string }) => ({ code: t.code, since: new Date(t.since) })),
    version: r.version,
  });
}

async function write(tx: EntityManager, personId: string, committeeCode: string, change: PersonChange, by: string, at: Date): Promise<void> {
  switch (change.kind) {
    case 'moved':
      if (change.from)
        await tx.query(`UPDATE person_residence SET to_date = $2, end_reason = $3 WHERE person_id = $1 AND to_date IS NULL`, [
          personId,
          change.on.toString(),
          change.reason,
        ]);
      if (change.to)
        await tx.query(`INSERT INTO person_residence (person_id, dwelling_id, committee_code, from_date) VALUES ($1, $2, $3, $4)`, [
          personId,
          change.to.dwellingId,
          change.to.committeeCode,
          change.on.toString(),
        ]);
      // The open tags are searched by the committee lived in.
      if (change.to)
        await tx.query(`UPDATE person_tag SET committee_code = $2 WHERE person_id = $1 AND untagged_at IS NULL`, [personId, change.to.committeeCode]);
      return;
    case 'tagged':
      await tx.query(`INSERT INTO person_tag (person_id, tag_code, committee_code, tagged_at, tagged_by, tag_reason) VALUES ($1, $2, $3, $4, $5, $6)`, [
        personId,
        change.tag,
        committeeCode,
        at,
        by,
        change.reason,
      ]);
      return;
    case 'untagged':
      await tx.query(
        `UPDATE person_tag SET untagged_at = $3, untagged_by = $4, untag_reason = $5 WHERE person_id = $1 AND tag_code = $2 AND untagged_at IS NULL`,
        [personId, change.tag, at, by, change.reason],
      );
      return;
    case 'registered':
    case 'died':
      return;
  }
}
