import { UnitOfWork } from '@civic/platform';
import { Injectable } from '@nestjs/common';
import { AdoptionQueries, AdoptionView } from '../application/adoption-queries';

/** Adapter of the adoption query port. */
@Injectable()
export class SqlAdoptionQueries implements AdoptionQueries {
  constructor(private readonly uow: UnitOfWork) {}

  async get(id: string): Promise<AdoptionView | null> {
    const [r] = await this.uow
      .manager()
      .query(
        `SELECT id, assessment_id, adopters, adoptee_citizen_id, adoptee_name, registered_on::text, office_code, certificate_no, placing_party, exemption_ground FROM adoption WHERE id = $1`,
        [id],
      );
    if (!r) return null;
    return {
      id: r.id,
      assessmentId: r.assessment_id,
      adopters: r.adopters,
      adoptee: { citizenId: r.adoptee_citizen_id, name: r.adoptee_name },
      registeredOn: r.registered_on,
      officeCode: r.office_code,
      certificateNo: r.certificate_no,
      placingParty: r.placing_party,
      exemptionGround: r.exemption_ground,
    };
  }
}
