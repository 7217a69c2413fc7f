import { DomainError, Money } from '@civic/domain-kernel';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DEATH_RECORD_REPOSITORY, DeathRecordRepository } from '../../death-record/domain/death-record.repository';
import { billOf } from '../domain/funeral-bill';
import { ChargesStore } from '../persistence/charges.store';

/** Funeral bills from the price catalogue, with the waiver (惠民) for residents on a qualifying benefit. */
@Injectable()
export class ChargesCommands {
  constructor(
    private readonly store: ChargesStore,
    @Inject(DEATH_RECORD_REPOSITORY) private readonly deaths: DeathRecordRepository,
  ) {}

  async bill(deathRecordId: string, items: { code: string; quantity: number }[]) {
    const death = await this.deaths.find(deathRecordId);
    if (!death) throw new DomainError('DEATH.NOT_FOUND', `no death record ${deathRecordId}`, 'not-found');
    if (await this.store.billOf(deathRecordId)) throw new DomainError('BILL.EXISTS', 'the death record already has a bill', 'conflict');
    const { citizenId, dateOfDeath } = death.snapshot();
    const eligibility = await this.store.eligibility(citizenId.value, dateOfDeath.toString());
    const bill = billOf(await this.store.catalogue(), items, eligibility !== null);
    const basis = eligibility ? `${eligibility.programme} benefit ${eligibility.benefit_id}` : null;
    await this.store.insertBill({ id: randomUUID(), deathRecordId, ...bill, basis });
    return { deathRecordId, lines: bill.lines, total: bill.total.toString(), waived: bill.waived.toString(), due: bill.due.toString(), waiverBasis: basis };
  }

  async setPrice(code: string, price: string) {
    if (!(await this.store.setPrice(code, Money.parse(price, 'price'))))
      throw new DomainError('SERVICE_ITEM.NOT_FOUND', `no service ${code} in the catalogue`, 'not-found');
  }
}
