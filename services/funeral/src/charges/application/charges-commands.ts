import { DomainError, Money } from '@civic/domain-kernel';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DeathRecordStore } from '../../death-record/persistence/death-record.store';
import { billOf } from '../domain/funeral-bill';
import { ChargesStore } from '../persistence/charges.store';

/** Funeral bills from the price catalogue, with the waiver (惠民) for residents on a qualifying benefit. */
@Injectable()
export class ChargesCommands {
  constructor(
    private readonly store: ChargesStore,
    private readonly deaths: DeathRecordStore,
  ) {}

  async bill(deathRecordId: string, items: { code: string; quantity: number }[]) {
    const death = await this.deaths.find(deathRecordId);
    if (!death) throw new DomainError('DEATH.NOT_FOUND', `no death record ${deathRecordId}`, 'not-found');
    if (await this.store.billOf(deathRecordId)) throw new DomainError('BILL.EXISTS', 'the death record already has a bill', 'conflict');
    const eligibility = await this.store.eligibility(death.row.citizen_id, death.row.date_of_death);
    const bill = billOf(await this.store.catalogue(), items, eligibility !== null);
    const basis = eligibility ? `${eligibility.programme} benefit ${eligibility.benefit_id}` : null;
    await this.store.insertBill({ id: randomUUID(), deathRecordId, ...bill, basis });
    return { deathRecordId, lines: bill.lines, total: bill.total.toString(), waived: bill.waived.toString(), due: bill.due.toString(), waiverBasis: basis };
  }

  async setPrice(code: string, price: string) {
    if (!(await this.store.setPrice(code, Money.parse(price, 'price')))) throw new DomainError('SERVICE_ITEM.NOT_FOUND', `no service ${code} in the catalogue`, 'not-found');
  }
}
