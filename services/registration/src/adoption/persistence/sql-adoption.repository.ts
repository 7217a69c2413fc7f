import { translatingConstraints, UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { AdoptionExemption } from '../domain/adoption-rules';
import { Adoption, alreadyAdopted } from '../domain/adoption';
import { AdoptionAssessment } from '../domain/adoption-assessment';
import { AdoptionRepository } from '../domain/adoption.repository';

/** Adapter: `adoption` (one per adoptee: `adoption_one_per_adoptee`) and `adoption_assessment`. */
@Injectable()
export class SqlAdoptionRepository implements AdoptionRepository {
  constructor(private readonly uow: UnitOfWork) {}

  async assessment(id: string): Promise<AdoptionAssessment | null> {
    const [row] = await this.uow.manager().query(`SELECT id, adopter_citizen_ids, result, completed_on::text FROM adoption_assessment WHERE id = $1`, [id]);
    return row ? { id: row.id, adopterCitizenIds: row.adopter_citizen_ids, result: row.result, completedOn: row.completed_on } : null;
  }

  async recordAssessment(a: AdoptionAssessment): Promise<void> {
    await this.uow
      .transaction()
      .query(`INSERT INTO adoption_assessment (id, adopter_citizen_ids, result, completed_on) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`, [
        a.id,
        a.adopterCitizenIds,
        a.result,
        a.completedOn,
      ]);
  }

  async adoptedBy(citizenIds: string[]): Promise<Map<string, number>> {
    const rows: { citizen_id: string; n: number }[] = await this.uow
      .manager()
      .query(`SELECT a.c AS citizen_id, count(*)::int AS n FROM adoption, unnest(adopter_citizen_ids) AS a(c) WHERE a.c = ANY($1) GROUP BY a.c`, [citizenIds]);
    return new Map(rows.map((r) => [r.citizen_id, r.n]));
  }

  async nextCertificateSerial(): Promise<number> {
    const [row] = await this.uow.transaction().query(`SELECT nextval('certificate_seq') AS serial`);
    return Number(row.serial);
  }

  async exemption(ground: string): Promise<AdoptionExemption | null> {
    const [row] = await this.uow
      .manager()
      .query(`SELECT ground, articles, waives, requires_birth_parents_consent FROM adoption_exemption WHERE ground = $1`, [ground]);
    return row ? { ground: row.ground, articles: row.articles, waives: row.waives, requiresBirthParentsConsent: row.requires_birth_parents_consent } : null;
  }

  async add(adoption: Adoption): Promise<void> {
    const s = adoption.snapshot();
    await translatingConstraints(
      () =>
        this.uow.transaction().query(
          `INSERT INTO adoption (id, assessment_id, adopters, adopter_citizen_ids, adoptee_citizen_id, adoptee_name, registered_on, office_code, certificate_no,
                                 placing_party, exemption_ground)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            s.id,
            s.assessmentId,
            JSON.stringify(s.adopters),
            s.adopters.map((p) => p.citizenId),
            s.adoptee.citizenId,
            s.adoptee.name,
            s.registeredOn.toString(),
            s.officeCode,
            s.certificateNo,
            JSON.stringify(s.placingParty),
            s.exemptionGround,
          ],
        ),
      { adoption_one_per_adoptee: alreadyAdopted },
    );
  }
}
