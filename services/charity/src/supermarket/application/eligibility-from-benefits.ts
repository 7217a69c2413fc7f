import { BenefitGrantedV1, BenefitStatusChangedV1 } from '@civic/contracts';
import { BusinessDate } from '@civic/domain-kernel';
import { Inject, Injectable } from '@nestjs/common';
import { SUPERMARKET_PROGRAMMES } from '../domain/distribution';
import { ELIGIBILITY_REPOSITORY, EligibilityRepository } from '../domain/eligibility.repository';

const shopsAtSupermarkets = (programme: string) => (SUPERMARKET_PROGRAMMES as readonly string[]).includes(programme);

/** Assistance's 低保 and 特困 benefits make their members eligible at the supermarkets of their district, until they end. */
@Injectable()
export class EligibilityFromBenefits {
  constructor(@Inject(ELIGIBILITY_REPOSITORY) private readonly eligibility: EligibilityRepository) {}

  granted(benefits: BenefitGrantedV1[]): Promise<void> {
    return this.eligibility.grant(
      benefits
        .filter((b) => shopsAtSupermarkets(b.programme))
        .map((b) => ({
          benefitId: b.benefitId,
          programme: b.programme,
          divisionCode: b.divisionCode,
          memberCitizenIds: b.memberCitizenIds,
          since: BusinessDate.parse(b.startsOn, 'startsOn'),
        })),
    );
  }

  terminated(benefits: BenefitStatusChangedV1[]): Promise<void> {
    return this.eligibility.end(
      benefits.filter((b) => shopsAtSupermarkets(b.programme)).map((b) => ({ benefitId: b.benefitId, on: BusinessDate.parse(b.effectiveOn, 'effectiveOn') })),
    );
  }
}
