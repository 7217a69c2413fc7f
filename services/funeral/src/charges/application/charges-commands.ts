import { BusinessDate, Clock, DomainError, Money } from '@civic/domain-kernel';
import { CLOCK, recordedBy } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DEATH_RECORD_REPOSITORY, DeathRecordRepository } from '../../death-record/domain/death-record.repository';
import { CHARGES_REPOSITORY, ChargesRepository } from '../domain/charges.repository';
import { billExists, FuneralBill, issueBill } from '../domain/funeral-bill-issue';
import { checkServiceDate, CITY_WIDE, DatedPrice, mustNotBeBackdated } from '../domain/price-history';
import { coverageOn, coveredUntil, qualifiesForWaiver } from '../domain/waiver';

/** Funeral bills from the price catalogue, with the waiver (惠民) for residents on a qualifying benefit. */
@Injectable()
export class ChargesCommands {
  constructor(
    @Inject(CHARGES_REPOSITORY) private readonly charges: ChargesRepository,
    @Inject(DEATH_RECORD_REPOSITORY) private readonly deaths: DeathRecordRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Bills the services at the prices in force at the deceased's funeral home on the day they were given (default today). */
  async bill(deathRecordId: string, input: { items: { code: string; quantity: number }[]; serviceDate?: string }): Promise<FuneralBill> {
    const death = await this.deaths.find(deathRecordId);
    if (!death) throw new DomainError('DEATH.NOT_FOUND', `no death record ${deathRecordId}`, 'not-found');
    if (await this.charges.hasBill(deathRecordId)) throw billExists();
    const { citizenId, dateOfDeath, funeralHome } = death.snapshot();
    const today = BusinessDate.today(this.clock);
    const serviceDate = input.serviceDate ? BusinessDate.parse(input.serviceDate, 'serviceDate') : today;
    checkServiceDate(serviceDate, dateOfDeath, today);
    const coverage = coverageOn(await this.charges.coveragesOf(citizenId.value), dateOfDeath);
    const catalogue = await this.charges.catalogueOn(funeralHome, serviceDate);
    const bill = issueBill({ id: randomUUID(), deathRecordId, catalogue, items: input.items, coverage, serviceDate, funeralHome });
    await this.charges.addBill(bill);
    return bill;
  }

  /** The city-wide guide price from today (明码标价). */
  async setPrice(code: string, raw: string): Promise<Money> {
    return (await this.addPrice(code, { price: raw })).price;
  }

  /** A listed price from a date (today or later), for one funeral home or city-wide. */
  async addPrice(code: string, input: { price: string; funeralHome?: string; effectiveFrom?: string }): Promise<DatedPrice> {
    const today = BusinessDate.today(this.clock);
    const effectiveFrom = input.effectiveFrom ? BusinessDate.parse(input.effectiveFrom, 'effectiveFrom') : today;
    mustNotBeBackdated(effectiveFrom, today);
    const price: DatedPrice = { code, funeralHome: input.funeralHome?.trim() || CITY_WIDE, effectiveFrom, price: Money.parse(input.price, 'price') };
    if (!(await this.charges.addPrice(price, recordedBy())))
      throw new DomainError('SERVICE_ITEM.NOT_FOUND', `no service ${code} in the catalogue`, 'not-found');
    return price;
  }

  /** A benefit granted in assistance: its people are covered from its start, if the programme qualifies. */
  async benefitGranted(b: { benefitId: string; programme: string; citizenIds: string[]; since: string }): Promise<void> {
    if (!qualifiesForWaiver(await this.charges.waiverPolicy(), b.programme)) return;
    const since = BusinessDate.parse(b.since);
    await this.charges.addCoverages(b.citizenIds.map((citizenId) => ({ citizenId, benefitId: b.benefitId, programme: b.programme, since, until: null })));
  }

  /** A benefit suspended from a date: its people are not covered from then until it resumes. */
  async benefitSuspended(benefitId: string, effectiveOn: string): Promise<void> {
    await this.charges.suspendCoverages(benefitId, BusinessDate.parse(effectiveOn));
  }

  /** A benefit resumed from a date: its people are covered again from then. */
  async benefitResumed(benefitId: string, effectiveOn: string): Promise<void> {
    await this.charges.resumeCoverages(benefitId, BusinessDate.parse(effectiveOn));
  }

  /** A benefit terminated from a date: its people were covered until the day before. */
  async benefitTerminated(benefitId: string, effectiveOn: string): Promise<void> {
    await this.charges.endCoverages(benefitId, coveredUntil(BusinessDate.parse(effectiveOn)));
  }
}
