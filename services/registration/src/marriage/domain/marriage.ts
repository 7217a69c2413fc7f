import { BusinessDate, CitizenId, DomainError } from '@civic/domain-kernel';
import { Certificate, certificateNumber, CertificateKind } from './certificate';
import { MarriageChange } from './marriage-change';
import { checkMarriage, MaritalStatus } from './marriage-rules';

export type MarriageStatus = 'married' | 'divorced' | 'ended-by-death';

export interface Spouse {
  citizenId: string;
  name: string;
}

export interface MarriageState {
  id: string;
  partyA: Spouse;
  partyB: Spouse;
  registeredOn: BusinessDate;
  officeCode: string;
  status: MarriageStatus;
  endedOn: BusinessDate | null;
  certificates: Certificate[];
}

/** A person's status for the marriage check; `deceased` people cannot marry. */
export type PartyStanding = MaritalStatus | 'deceased';

/**
 * A marriage (婚姻) from its registration (结婚登记) to its end by divorce or death, with the
 * certificates issued on it. The marital status of each person follows from these changes.
 */
export class Marriage {
  private readonly changes: MarriageChange[] = [];

  private constructor(private state: MarriageState) {}

  static restore(state: MarriageState): Marriage {
    return new Marriage({ ...state, certificates: [...state.certificates] });
  }

  /**
   * 结婚登记: the Civil Code conditions on both people as they stand today, then a certificate for
   * each (`serials`: two fresh registry serials).
   */
  static register(input: {
    id: string;
    partyA: { citizenId: CitizenId; name: string; standing: PartyStanding };
    partyB: { citizenId: CitizenId; name: string; standing: PartyStanding };
    officeCode: string;
    on: BusinessDate;
    declaredNoProhibitedKinship: boolean;
    serials: [number, number];
  }): Marriage {
    for (const [party, field] of [
      [input.partyA, 'partyA'],
      [input.partyB, 'partyB'],
    ] as const) {
      if (party.standing === 'deceased') throw new DomainError('MARRIAGE.PARTY_DECEASED', `${field} is recorded as deceased`, 'rule', `${field}.citizenId`);
    }
    const a = { citizenId: input.partyA.citizenId, name: input.partyA.name, status: input.partyA.standing as MaritalStatus };
    const b = { citizenId: input.partyB.citizenId, name: input.partyB.name, status: input.partyB.standing as MaritalStatus };
    checkMarriage(a, b, input.on, input.declaredNoProhibitedKinship);
    const marriage = new Marriage({
      id: input.id,
      partyA: { citizenId: a.citizenId.value, name: a.name },
      partyB: { citizenId: b.citizenId.value, name: b.name },
      registeredOn: input.on,
      officeCode: input.officeCode,
      status: 'married',
      endedOn: null,
      certificates: [],
    });
    const certificates = marriage.issue('marriage', [a.citizenId.value, b.citizenId.value], input.officeCode, input.on, input.serials);
    marriage.changes.push({ kind: 'registered', certificates });
    return marriage;
  }

  /** 补领: the holder's valid certificate of the marriage's current kind is voided and a new number issued. */
  reissueCertificate(holderCitizenId: string, reason: string, officeCode: string, on: BusinessDate, serial: number): Certificate {
    const holder = holderCitizenId.toUpperCase();
    if (!this.isParty(holder)) throw new DomainError('MARRIAGE.NOT_A_PARTY', 'holderCitizenId is not a party to this marriage', 'invalid', 'holderCitizenId');
    const kind: CertificateKind = this.state.status === 'divorced' ? 'divorce' : 'marriage';
    const current = this.state.certificates.find((c) => c.kind === kind && c.holderCitizenId === holder && c.voidedOn === null);
    if (!current) throw new DomainError('CERTIFICATE.NONE_TO_REISSUE', 'the holder has no valid certificate to replace', 'conflict');
    const voided = { ...current, voidedOn: on, voidReason: reason };
    this.state = { ...this.state, certificates: this.state.certificates.map((c) => (c === current ? voided : c)) };
    const [issued] = this.issue(kind, [holder], officeCode, on, [serial]);
    this.changes.push({ kind: 'certificate-reissued', voided: current.number, issued });
    return issued;
  }

  /** A divorce registered (协议离婚 after the cooling-off period): the marriage ends, each party gets a 离婚证. */
  divorce(on: BusinessDate, officeCode: string, serials: [number, number]): Certificate[] {
    this.mustBeCurrent();
    this.state = { ...this.state, status: 'divorced', endedOn: on };
    const certificates = this.issue('divorce', [this.state.partyA.citizenId, this.state.partyB.citizenId], officeCode, on, serials);
    this.changes.push({ kind: 'divorced', certificates });
    return certificates;
  }

  /** A party died: the marriage ends by death and the other becomes widowed (丧偶). */
  endByDeathOf(deceasedCitizenId: string, on: BusinessDate): void {
    this.mustBeCurrent();
    if (!this.isParty(deceasedCitizenId)) throw new DomainError('MARRIAGE.NOT_A_PARTY', 'the deceased is not a party to this marriage', 'invalid');
    this.state = { ...this.state, status: 'ended-by-death', endedOn: on };
    this.changes.push({ kind: 'ended-by-death', deceased: deceasedCitizenId, widowed: this.spouseOf(deceasedCitizenId) });
  }

  /** The refusal when the marriage is no longer current (divorced, or ended by a death). */
  mustBeCurrent(field?: string): void {
    if (this.state.status !== 'married') throw new DomainError('MARRIAGE.NOT_CURRENT', `the marriage is ${this.state.status}`, 'conflict', field);
  }

  spouseOf(citizenId: string): string {
    return this.state.partyA.citizenId === citizenId ? this.state.partyB.citizenId : this.state.partyA.citizenId;
  }

  get id(): string {
    return this.state.id;
  }
  get parties(): [string, string] {
    return [this.state.partyA.citizenId, this.state.partyB.citizenId];
  }
  snapshot(): Readonly<MarriageState> {
    return { ...this.state, certificates: [...this.state.certificates] };
  }
  pullChanges(): MarriageChange[] {
    return this.changes.splice(0);
  }

  private isParty(citizenId: string): boolean {
    return citizenId === this.state.partyA.citizenId || citizenId === this.state.partyB.citizenId;
  }

  private issue(kind: CertificateKind, holders: string[], officeCode: string, on: BusinessDate, serials: number[]): Certificate[] {
    const issued = holders.map((holder, i) => ({
      number: certificateNumber(kind, officeCode, on, serials[i]),
      kind,
      holderCitizenId: holder,
      issuedOn: on,
      voidedOn: null,
      voidReason: null,
    }));
    this.state = { ...this.state, certificates: [...this.state.certificates, ...issued] };
    return issued;
  }
}

/** What each change does to the people's marital status (婚姻状况), in the order to apply it. */
export function maritalStatusChanges(
  marriage: Marriage,
  change: MarriageChange,
): { citizenIds: string[]; status: MaritalStatus | 'deceased'; since: BusinessDate }[] {
  const s = marriage.snapshot();
  switch (change.kind) {
    case 'registered':
      return [{ citizenIds: marriage.parties, status: 'married', since: s.registeredOn }];
    case 'divorced':
      return [{ citizenIds: marriage.parties, status: 'divorced', since: s.endedOn! }];
    case 'ended-by-death':
      return [
        { citizenIds: [change.widowed], status: 'widowed', since: s.endedOn! },
        { citizenIds: [change.deceased], status: 'deceased', since: s.endedOn! },
      ];
    case 'certificate-reissued':
      return [];
  }
}

export function marriageNotFound(id: string): DomainError {
  return new DomainError('MARRIAGE.NOT_FOUND', `no marriage ${id}`, 'not-found');
}
