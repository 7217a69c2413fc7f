import { MarriageRegistered } from '@civic/contracts';
import { BusinessDate, CitizenId, Clock, DomainError } from '@civic/domain-kernel';
import { CLOCK, EventPublisher, UnitOfWork } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { checkMarriage } from '../domain/marriage-rules';
import { MarriageRow, MarriageStore } from '../persistence/marriage.store';

export interface PartyInput {
  citizenId: string;
  name: string;
}

/** 结婚登记 and 补领结婚证. */
@Injectable()
export class MarriageCommands {
  constructor(
    private readonly store: MarriageStore,
    private readonly uow: UnitOfWork,
    private readonly events: EventPublisher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(input: { partyA: PartyInput; partyB: PartyInput; officeCode: string; declaredNoProhibitedKinship: boolean }): Promise<{ marriage: MarriageRow; certificates: string[] }> {
    const today = BusinessDate.today(this.clock);
    const a = CitizenId.parse(input.partyA.citizenId, 'partyA.citizenId', this.clock);
    const b = CitizenId.parse(input.partyB.citizenId, 'partyB.citizenId', this.clock);
    const statuses = await this.store.lockStatuses([a.value, b.value], today);
    const status = (id: CitizenId) => {
      const s = statuses.get(id.value);
      if (s === undefined || (s as string) === 'deceased') throw new DomainError('MARRIAGE.PARTY_DECEASED', 'a party is recorded as deceased', 'rule', 'partyA.citizenId');
      return s;
    };
    checkMarriage({ citizenId: a, name: input.partyA.name, status: status(a) }, { citizenId: b, name: input.partyB.name, status: status(b) }, today, input.declaredNoProhibitedKinship);
    const id = randomUUID();
    await this.store.insertMarriage({ id, a: { citizenId: a.value, name: input.partyA.name }, b: { citizenId: b.value, name: input.partyB.name }, on: today.toString(), officeCode: input.officeCode });
    await this.store.setStatus(this.uow.transaction(), [a.value, b.value], 'married', id, today.toString());
    const certificates = await this.store.issueCertificates(id, 'marriage', [a.value, b.value], input.officeCode, today);
    await this.events.publish([
      { contract: MarriageRegistered, subject: id, data: { marriageId: id, partyA: { citizenId: a.value, name: input.partyA.name }, partyB: { citizenId: b.value, name: input.partyB.name }, registeredOn: today.toString(), officeCode: input.officeCode, certificateNo: certificates[0] } },
    ]);
    return { marriage: (await this.store.find(id))!, certificates };
  }

  /** 补领: the holder's current certificate of that kind is voided and a new number issued. */
  async reissue(marriageId: string, input: { holderCitizenId: string; reason: string; officeCode: string }): Promise<string> {
    const marriage = await this.store.find(marriageId);
    if (!marriage) throw new DomainError('MARRIAGE.NOT_FOUND', `no marriage ${marriageId}`, 'not-found');
    const holder = input.holderCitizenId.toUpperCase();
    if (holder !== marriage.party_a_citizen_id && holder !== marriage.party_b_citizen_id) throw new DomainError('MARRIAGE.NOT_A_PARTY', 'holderCitizenId is not a party to this marriage', 'invalid', 'holderCitizenId');
    const kind = marriage.status === 'divorced' ? 'divorce' : 'marriage';
    const today = BusinessDate.today(this.clock);
    if (!(await this.store.voidCertificates(marriageId, kind, holder, today.toString(), input.reason))) throw new DomainError('CERTIFICATE.NONE_TO_REISSUE', 'the holder has no valid certificate to replace', 'conflict');
    const [number] = await this.store.issueCertificates(marriageId, kind, [holder], input.officeCode, today);
    return number;
  }
}
