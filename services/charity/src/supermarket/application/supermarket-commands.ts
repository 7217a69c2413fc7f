import { BusinessDate, CitizenId, Clock } from '@civic/domain-kernel';
import { CLOCK, recordedBy, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { donationUnknown } from '../../donation/domain/donation';
import { DONATION_REPOSITORY, DonationRepository } from '../../donation/domain/donation.repository';
import { organisationUnknown } from '../../organisation/domain/organisation';
import { ORGANISATION_REPOSITORY, OrganisationRepository } from '../../organisation/domain/organisation.repository';
import { checkDistribution } from '../domain/distribution';
import { lotOf, StockLot, stockLotNotFound } from '../domain/stock-lot';
import { Supermarket, supermarketNotFound } from '../domain/supermarket';
import { Distribution, SUPERMARKET_REPOSITORY, SupermarketRepository } from '../domain/supermarket.repository';

/** 慈善超市: open an outlet, stock it from donated goods, give goods at the counter within the month's allowance. */
@Injectable()
export class SupermarketCommands {
  constructor(
    @Inject(SUPERMARKET_REPOSITORY) private readonly supermarkets: SupermarketRepository,
    @Inject(DONATION_REPOSITORY) private readonly donations: DonationRepository,
    @Inject(ORGANISATION_REPOSITORY) private readonly organisations: OrganisationRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async open(input: { name: string; divisionCode: string; operatorOrganisationId?: string | null; monthlyAllowance: string }): Promise<Supermarket> {
    const operator = input.operatorOrganisationId ?? null;
    if (operator) {
      const organisation = await this.organisations.find(operator);
      if (!organisation) throw organisationUnknown(operator, 'operatorOrganisationId');
      organisation.requireRegistered();
    }
    const supermarket = Supermarket.open({ ...input, id: randomUUID(), operatorOrganisationId: operator });
    await this.supermarkets.save(supermarket, null);
    return supermarket;
  }

  changeAllowance(id: string, input: { monthlyAllowance: string }, ifMatch?: number): Promise<Supermarket> {
    return this.act(id, ifMatch, (s) => s.changeAllowance(input.monthlyAllowance));
  }

  close(id: string, input: { reason: string }, ifMatch?: number): Promise<Supermarket> {
    return this.act(id, ifMatch, (s) => s.close(input.reason));
  }

  async stock(id: string, input: { donationId: string }): Promise<StockLot> {
    const supermarket = await this.require(id);
    supermarket.requireOpen();
    const donation = await this.donations.find(input.donationId);
    if (!donation) throw donationUnknown(input.donationId);
    const lot = lotOf({ id: randomUUID(), supermarketId: id, donation: donation.snapshot(), receivedOn: this.today() });
    await this.supermarkets.addLot(lot, recordedBy());
    return lot;
  }

  async give(id: string, input: { citizenId: string; stockId: string; quantity: number }): Promise<{ distribution: Distribution; item: string }> {
    const citizenId = CitizenId.parse(input.citizenId, 'citizenId').value;
    const supermarket = await this.require(id);
    supermarket.requireOpen();
    const today = this.today();
    const customer = await this.supermarkets.customer(citizenId, today);
    const lot = await this.supermarkets.findLot(id, input.stockId);
    if (!lot) throw stockLotNotFound(input.stockId);
    const value = checkDistribution({
      districtCode: supermarket.districtCode,
      allowance: supermarket.snapshot().monthlyAllowance,
      customer,
      lot,
      quantity: input.quantity,
    });
    const distribution: Distribution = { id: randomUUID(), supermarketId: id, stockId: lot.id, citizenId, quantity: input.quantity, value, givenOn: today };
    await this.supermarkets.give(distribution, recordedBy());
    return { distribution, item: lot.item };
  }

  private async act(id: string, ifMatch: number | undefined, act: (s: Supermarket) => void): Promise<Supermarket> {
    const supermarket = await this.supermarkets.find(id, { forUpdate: true });
    if (!supermarket) throw supermarketNotFound(id);
    if (ifMatch !== undefined && ifMatch !== supermarket.version) throw new StaleVersionError(supermarket.version);
    const expected = supermarket.version;
    act(supermarket);
    await this.supermarkets.save(supermarket, expected);
    return supermarket;
  }

  private async require(id: string): Promise<Supermarket> {
    const supermarket = await this.supermarkets.find(id);
    if (!supermarket) throw supermarketNotFound(id);
    return supermarket;
  }

  private today(): BusinessDate {
    return BusinessDate.today(this.clock);
  }
}
