import { BusinessDate, DomainError, districtOf } from '@civic/domain-kernel';
import { ConcurrentUpdateError, queryReturning, translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { Disclosure, DisclosureKind } from '../domain/disclosure';
import { DisclosureRepository } from '../domain/disclosure.repository';

const scheduledTwice = () => new DomainError('DISCLOSURE.EXISTS', 'the committee already has this disclosure for the period', 'conflict', 'periodEnd');

/** Adapter: `disclosure` and `disclosure_kind`. */
@Injectable()
export class SqlDisclosureRepository implements DisclosureRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async kind(code: string): Promise<DisclosureKind | null> {
    const [r] = await this.uow.manager().query(`SELECT code, name, due_days FROM disclosure_kind WHERE code = $1`, [code]);
    return r ? { code: r.code, name: r.name, dueDays: r.due_days } : null;
  }

  async find(id: string, options: { forUpdate?: boolean } = {}): Promise<Disclosure | null> {
    const [r] = await this.uow.manager().query(
      `SELECT id, committee_code, kind, period_end::text AS period_end, due_on::text AS due_on, published_on::text AS published_on, content, version
         FROM disclosure WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return r
      ? Disclosure.restore({
          id: r.id,
          committeeCode: r.committee_code,
          kind: r.kind,
          periodEnd: BusinessDate.parse(r.period_end),
          dueOn: BusinessDate.parse(r.due_on),
          publishedOn: r.published_on ? BusinessDate.parse(r.published_on) : null,
          content: r.content,
          version: r.version,
        })
      : null;
  }

  async save(disclosure: Disclosure, expectedVersion: number | null): Promise<void> {
    const s = disclosure.snapshot();
    const tx = this.uow.transaction();
    if (expectedVersion === null) {
      await translatingConstraints(
        () =>
          tx.query(`INSERT INTO disclosure (id, committee_code, district_code, kind, period_end, due_on, version) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
            s.id,
            s.committeeCode,
            districtOf(s.committeeCode),
            s.kind,
            s.periodEnd.toString(),
            s.dueOn.toString(),
            s.version,
          ]),
        { disclosure_once_per_period: scheduledTwice },
      );
      return;
    }
    const rows = await queryReturning(tx, `UPDATE disclosure SET published_on = $2, content = $3, version = $4 WHERE id = $1 AND version = $5 RETURNING id`, [
      s.id,
      s.publishedOn?.toString() ?? null,
      s.content,
      s.version,
      expectedVersion,
    ]);
    if (rows.length !== 1) throw new ConcurrentUpdateError();
  }
}
