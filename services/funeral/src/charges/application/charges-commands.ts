import { BusinessDate, DomainError, Money } from '@civic/domain-kernel';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DEATH_RECORD_REPOSITORY, DeathRecordRepository } from '../../death-record/domain/death-record.repository';
import { CHARGES_REPOSITORY, ChargesRepository } from '../domain/charges.repository';
import { billExists, FuneralBill, issueBill } from '../domain/funeral-bill-issue';
import { coverageOn, coveredUntil, qualifiesForWaiver } from '../domain/waiver';

/** Funeral bills from the price catalogue, with the waiver (惠民) for residents on a qualifying benefit. */
@Injectable()
export class ChargesCommands {
  constructor(
    @Inject(CHARGES_REPOSITORY) private readonly charges: ChargesRepository,
    @Inject(DEATH_RECORD_REPOSITORY) private readonly deaths: DeathRecordRepository,
  ) {}

  async bill(deathRecordId: string, items: { code: string; quantity: number }[]): Promise<FuneralBill> {
    const death = await this.deaths.find(deathRecordId);
    if (!death) throw new DomainError('DEATH.NOT_FOUND', `no death record ${deathRecordId}`, 'not-found');
    if (await this.charges.hasBill(deathRecordId)) throw billExists();
    const { citizenId, dateOfDeath } = death.snapshot();
    const coverage = coverageOn(await this.charges.coveragesOf(citizenId.value), dateOfDeath);
    const bill = issueBill({ id: randomUUID(), deathRecordId, catalogue: await this.charges.catalogue(), items, coverage });
    await this.charges.addBill(bill);
    return bill;
  }

  async setPrice(code: string, raw: string): Promise<Money> {
    const price = Money.parse(raw, 'price');
    if (!(await this.charges.setPrice(code, price))) throw new DomainError('SERVICE_ITEM.NOT_FOUND', `no service ${code} in the catalogue`, 'not-found');
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
