import { BusinessDate } from '@civic/domain-kernel';
import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface AdoptionRow {
  id: string;
  assessment_id: string;
  adopters: { citizenId: string; name: string }[];
  adoptee_citizen_id: string;
  adoptee_name: string;
  registered_on: string;
  office_code: string;
  certificate_no: string;
}

/** Adapter: adoption assessments received and adoptions registered. */
@Injectable()
export class AdoptionStore {
  constructor(private readonly uow: UnitOfWork) {}

  async recordAssessment(db: EntityManager, a: { id: string; adopterCitizenIds: string[]; result: string; completedOn: string }): Promise<void> {
    await db.query(`INSERT INTO adoption_assessment (id, adopter_citizen_ids, result, completed_on) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`, [
      a.id,
      a.adopterCitizenIds,
      a.result,
      a.completedOn,
    ]);
  }

  async assessment(id: string): Promise<{ id: string; adopter_citizen_ids: string[]; result: string; completed_on: string } | null> {
    const [row] = await this.uow.manager().query(`SELECT id, adopter_citizen_ids, result, completed_on::text FROM adoption_assessment WHERE id = $1`, [id]);
    return row ?? null;
  }

  /** Children already adopted through this registry by each adopter. */
  async adoptedBy(citizenIds: string[]): Promise<Map<string, number>> {
    const rows = await this.uow
      .manager()
      .query(`SELECT a.c AS citizen_id, count(*)::int AS n FROM adoption, unnest(adopter_citizen_ids) AS a(c) WHERE a.c = ANY($1) GROUP BY a.c`, [citizenIds]);
    return new Map(rows.map((r: { citizen_id: string; n: number }) => [r.citizen_id, r.n]));
  }

  async insert(a: {
    id: string;
    assessmentId: string;
    adopters: { citizenId: string; name: string }[];
    adoptee: { citizenId: string; name: string };
    on: BusinessDate;
    officeCode: string;
  }): Promise<AdoptionRow> {
    try {
      const [row] = await this.uow.transaction().query(
        `INSERT INTO adoption (id, assessment_id, adopters, adopter_citizen_ids, adoptee_citizen_id, adoptee_name, registered_on, office_code, certificate_no)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::varchar, 'S' || $8::varchar || '-' || $9::text || '-' || lpad(nextval('certificate_seq')::text, 6, '0'))
         RETURNING id, assessment_id, adopters, adoptee_citizen_id, adoptee_name, registered_on::text, office_code, certificate_no`,
        [
          a.id,
          a.assessmentId,
          JSON.stringify(a.adopters),
          a.adopters.map((p) => p.citizenId),
          a.adoptee.citizenId,
          a.adoptee.name,
          a.on.toString(),
          a.officeCode,
          String(a.on.year),
        ],
      );
      return row;
    } catch (error) {
      if ((error as { constraint?: string }).constraint === 'adoption_one_per_adoptee')
        throw Object.assign(new Error('adoptee already adopted'), { adopted: true });
      throw error;
    }
  }

  async find(id: string): Promise<AdoptionRow | null> {
    const [row] = await this.uow
      .manager()
      .query(
        `SELECT id, assessment_id, adopters, adoptee_citizen_id, adoptee_name, registered_on::text, office_code, certificate_no FROM adoption WHERE id = $1`,
        [id],
      );
    return row ?? null;
  }
}
