import { BusinessDate, CitizenId, Clock, districtOf, DomainError } from '@civic/domain-kernel';
import { DivisionDirectory } from '@civic/divisions';
import { CLOCK, EventPublisher, recordedBy } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ResidencyCommands } from '../../bed/application/residency-commands';
import { BED_REPOSITORY, BedRepository } from '../../bed/domain/bed.repository';
import { Residency } from '../../bed/domain/residency';
import { BedOffer, noOneWaiting, noVacantBed, offerNotFound, skipNeedsReason } from '../domain/bed-offer';
import { alreadyInLine, WaitingEntry, waitingEntryNotFound } from '../domain/waiting-entry';
import { OfferableBed, WAITING_LIST_REPOSITORY, WaitingListRepository } from '../domain/waiting-list.repository';
import { checkPolicy, priorityKey, WaitingListPolicy } from '../domain/waiting-list-policy';
import { bedAllocated, offerLeftBedVacant } from './waiting-list-integration-events';

export interface AllocateCommand {
  /** The bed to offer; without it, the district's first vacant basic-guarantee bed. */
  bedId?: string;
  districtCode?: string;
  /** Offer to this waiting elder instead of the first in line: needs `skipReason` when others are ahead. */
  entryId?: string;
  skipReason?: string;
}

/**
 * 保基本养老床位轮候: applying, allocating a vacant basic-guarantee bed to the first elder in line of
 * its district, and the elder's answer. Allocations in one district run one at a time (a
 * transaction lock), so no offer skips a higher-priority elder another allocation left waiting.
 */
@Injectable()
export class WaitingListCommands {
  constructor(
    @Inject(WAITING_LIST_REPOSITORY) private readonly line: WaitingListRepository,
    @Inject(BED_REPOSITORY) private readonly beds: BedRepository,
    private readonly residencies: ResidencyCommands,
    private readonly divisions: DivisionDirectory,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async apply(input: { citizenId: string; name: string; divisionCode: string }): Promise<WaitingEntry> {
    await this.divisions.requireActive(input.divisionCode, 'divisionCode');
    const citizenId = CitizenId.parse(input.citizenId, 'citizenId', this.clock);
    if (await this.line.openEntryOf(citizenId.value)) throw alreadyInLine();
    // The line is for a basic-guarantee bed: an elder who has one is not waiting for another.
    const residency = await this.beds.residencyOfElder(citizenId.value);
    if (residency && (await this.beds.find(residency.bedId))?.kind === 'basic-guarantee') {
      throw new DomainError('WAITING_LIST.HAS_BASIC_BED', 'the elder already occupies a basic-guarantee bed', 'conflict', 'citizenId');
    }
    const appliedAt = this.clock.now();
    const key = priorityKey(await this.line.policy(), { ...(await this.line.inputsOf(citizenId.value)), birthDate: citizenId.birthDate, appliedAt });
    const entry = WaitingEntry.apply(
      { id: randomUUID(), citizenId, name: input.name, divisionCode: input.divisionCode, appliedAt, priorityKey: key },
      this.today(),
    );
    await this.line.saveEntry(entry, null);
    return entry;
  }

  /** 分配: offers a vacant basic-guarantee bed of a district to its first elder in line. */
  async allocate(input: AllocateCommand): Promise<BedOffer> {
    const district = await this.districtOf(input);
    await this.line.lockDistrict(district);
    const bed = await this.line.vacantBed(district, input.bedId);
    if (!bed) throw noVacantBed();
    const first = await this.line.firstInLine(district);
    if (!first) throw noOneWaiting();
    let entry = first;
    if (input.entryId && input.entryId !== first.id) {
      const chosen = await this.line.findEntry(input.entryId, { forUpdate: true });
      if (!chosen || chosen.status !== 'waiting' || districtOf(chosen.snapshot().divisionCode) !== district) throw waitingEntryNotFound(input.entryId);
      if (!input.skipReason?.trim()) throw skipNeedsReason();
      entry = chosen;
    }
    return this.offer(bed, entry, input.entryId && input.entryId !== first.id ? input.skipReason!.trim() : null);
  }

  /**
   * A vacated basic-guarantee bed goes to the next elder at once; with no one waiting it stays
   * vacant. An elder who has just declined or let lapse this very bed is not offered it again.
   */
  async offerNext(bedId: string, divisionCode: string, declinedBy?: string): Promise<BedOffer | null> {
    const district = districtOf(divisionCode);
    await this.line.lockDistrict(district);
    const bed = await this.line.vacantBed(district, bedId);
    const first = bed && (await this.line.firstInLine(district, declinedBy));
    return bed && first ? this.offer(bed, first, null) : null;
  }

  /** 接受: the elder takes the bed: admitted into it, out of the line. */
  async accept(offerId: string, input: { admittedOn: string }): Promise<Residency> {
    const { offer, entry } = await this.loadOpen(offerId);
    offer.accept(BusinessDate.parse(input.admittedOn, 'admittedOn'));
    const expected = entry.version;
    entry.admitted();
    await this.line.saveOffer(offer, false);
    await this.line.saveEntry(entry, expected);
    const e = entry.snapshot();
    return this.residencies.admit(offer.bedId, { citizenId: e.citizenId.value, name: e.name, admittedOn: input.admittedOn }, offer.id);
  }

  /** 放弃: the elder declines; back in line (or out of it after too many declines), the bed to the next elder. */
  async decline(offerId: string, input: { reason: string }): Promise<BedOffer> {
    const { offer, entry } = await this.loadOpen(offerId);
    offer.decline(this.today(), input.reason);
    await this.settle(offer, entry);
    return offer;
  }

  /** Offers past their date without an answer lapse, count as a decline, and their beds go to the next elders. */
  async expireDue(limit = 100): Promise<number> {
    const due = await this.line.dueOffers(this.today().toString(), limit);
    for (const id of due) {
      const { offer, entry } = await this.loadOpen(id);
      offer.expire(this.today());
      await this.settle(offer, entry);
    }
    return due.length;
  }

  /** Takes an elder out of the line for good (withdrawn, moved away, deceased); an open offer is withdrawn and re-offered. */
  async close(entryId: string, reason: string): Promise<WaitingEntry> {
    const entry = await this.line.findEntry(entryId, { forUpdate: true });
    if (!entry) throw waitingEntryNotFound(entryId);
    return this.closeLoaded(entry, reason);
  }

  /** 死亡 (funeral's death registration): out of the line and out of any bed; freed beds go to the next elders. */
  async elderDied(citizenId: string, dateOfDeath: BusinessDate): Promise<void> {
    const entry = await this.line.openEntryOf(citizenId, { forUpdate: true });
    if (entry) await this.closeLoaded(entry, 'deceased');
    await this.residencies.dischargeDeceased(citizenId, dateOfDeath);
  }

  /** assistance's benefit events: an elder's programmes change their place in line. */
  async benefitChanged(citizenIds: string[], benefitId: string, programme: string, active: boolean): Promise<void> {
    for (const citizenId of citizenIds) {
      await this.line.setBenefit(citizenId, benefitId, programme, active);
      await this.reprioritise(citizenId);
    }
  }

  /** Recomputes an elder's place from their current programmes and care level. */
  async reprioritise(citizenId: string): Promise<void> {
    const entry = await this.line.openEntryOf(citizenId, { forUpdate: true });
    if (!entry) return;
    await this.rekey(entry, await this.line.policy());
  }

  async setPolicy(input: WaitingListPolicy): Promise<WaitingListPolicy> {
    const policy = checkPolicy(input);
    await this.line.savePolicy(policy, recordedBy());
    // Every open entry takes its place under the new rules (in the same transaction).
    for (let batch = await this.line.openEntries(null, 1000); batch.length; batch = await this.line.openEntries(batch[batch.length - 1].id, 1000)) {
      for (const entry of batch) await this.rekey(entry, policy);
    }
    return policy;
  }

  private async offer(bed: OfferableBed, entry: WaitingEntry, skipReason: string | null): Promise<BedOffer> {
    const policy = await this.line.policy();
    const offer = BedOffer.make({
      id: randomUUID(),
      entryId: entry.id,
      bedId: bed.id,
      divisionCode: bed.divisionCode,
      offeredOn: this.today(),
      validDays: policy.offerValidDays,
      skipReason,
    });
    const expected = entry.version;
    entry.offered();
    await this.line.saveEntry(entry, expected);
    await this.line.saveOffer(offer, true);
    await this.events.publish([bedAllocated(offer, entry, bed)]);
    return offer;
  }

  /** A declined, lapsed or withdrawn offer: the entry takes the answer, the bed is vacant again and offered on. */
  private async settle(offer: BedOffer, entry: WaitingEntry, close?: string): Promise<void> {
    const expected = entry.version;
    if (close) entry.close(close);
    else entry.declined((await this.line.policy()).maxDeclines);
    await this.line.saveOffer(offer, false);
    await this.line.saveEntry(entry, expected);
    const bed = (await this.beds.find(offer.bedId))!.snapshot();
    await this.events.publish([offerLeftBedVacant(offer, bed, this.today())]);
    await this.offerNext(bed.id, bed.divisionCode, entry.id);
  }

  private async closeLoaded(entry: WaitingEntry, reason: string): Promise<WaitingEntry> {
    const offer = entry.status === 'offered' ? await this.line.openOfferOf(entry.id, { forUpdate: true }) : null;
    if (offer) {
      offer.withdraw(this.today(), reason);
      await this.settle(offer, entry, reason);
      return entry;
    }
    const expected = entry.version;
    entry.close(reason);
    await this.line.saveEntry(entry, expected);
    return entry;
  }

  private async rekey(entry: WaitingEntry, policy: WaitingListPolicy): Promise<void> {
    const e = entry.snapshot();
    const key = priorityKey(policy, { ...(await this.line.inputsOf(e.citizenId.value)), birthDate: e.citizenId.birthDate, appliedAt: e.appliedAt });
    if (key === e.priorityKey) return;
    entry.reprioritised(key);
    await this.line.saveEntry(entry, e.version);
  }

  private async loadOpen(offerId: string): Promise<{ offer: BedOffer; entry: WaitingEntry }> {
    const offer = await this.line.findOffer(offerId, { forUpdate: true });
    if (!offer) throw offerNotFound(offerId);
    const entry = (await this.line.findEntry(offer.entryId, { forUpdate: true }))!;
    return { offer, entry };
  }

  private async districtOf(input: AllocateCommand): Promise<string> {
    if (input.bedId) {
      const bed = await this.beds.find(input.bedId);
      if (!bed) throw new DomainError('BED.NOT_FOUND', `no bed ${input.bedId}`, 'not-found', 'bedId');
      return districtOf(bed.snapshot().divisionCode);
    }
    if (!input.districtCode)
      throw new DomainError('WAITING_LIST.DISTRICT_REQUIRED', 'name the bedId or the districtCode to allocate in', 'invalid', 'districtCode');
    return districtOf(input.districtCode);
  }

  private today(): BusinessDate {
    return BusinessDate.today(this.clock);
  }
}
