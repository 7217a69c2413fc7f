import { BusinessDate } from '@civic/domain-kernel';

/** A benefit of assistance that makes its members eligible (低保/特困), as its event says. */
export interface EligibilityGrant {
  benefitId: string;
  programme: string;
  divisionCode: string;
  memberCitizenIds: string[];
  since: BusinessDate;
}

/** Port: the residents eligible at charity supermarkets, kept from assistance's benefit events (SQL adapter in persistence/). */
export interface EligibilityRepository {
  /** Adds what is not there yet: a redelivered grant changes nothing. */
  grant(grants: EligibilityGrant[]): Promise<void>;
  /** Ends the benefits' eligibility on their dates (the first day without the benefit); an ended one stays as it ended. */
  end(endings: Array<{ benefitId: string; on: BusinessDate }>): Promise<void>;
}

export const ELIGIBILITY_REPOSITORY = Symbol('ELIGIBILITY_REPOSITORY');
