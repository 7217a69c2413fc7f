import { BusinessDate, CitizenId, DomainError } from '@civic/domain-kernel';
import { Certificate, certificateNumber, CertificateKind } from './certificate';
import { MarriageChange } from './marriage-change';
import { checkMarriage, MaritalStatus, mustAppearInPerson, PersonStatus } from './marriage-rules';

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
  /** The clerk who confirmed both parties' signed declarations of having no spouse (申请结婚登记声明书). */
  declarationsConfirmedBy: string | null;
  /** Where a marriage registered before the platform came from (national registration data) and its id there. */
  source: { name: string; recordId: string } | null;
  /** The clerk before whom both parties appeared in person to register (null for imported records). */
  inPersonVerifiedBy: string | null;
}

/** A person's status for the marriage check; `deceased` people cannot marry. */
export type PartyStanding = PersonStatus;

/** A marriage registered before the platform, as the bureau's national registration data holds it. */
export interface PriorMarriageRecord {
  source: string;
  sourceRecordId: string;
  partyA: { citizenId: CitizenId; name: string };
  partyB: { citizenId: CitizenId; name: string };
  registeredOn: BusinessDate;
  officeCode: string;
  status: MarriageStatus;
  endedOn: BusinessDate | null;
  /** For a marriage ended by death: which party died. */
  deceasedCitizenId: string | null;
}

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
    /** The clerk who confirmed the parties' declarations of having no spouse, when they did. */
    declarationsConfirmedBy?: string | null;
    /** The clerk before whom both parties appeared, or null when they did not both appear. */
    inPersonVerifiedBy: string | null;
  }): Marriage {
    mustAppearInPerson(input.inPersonVerifiedBy !== null, 'partiesAppearedInPerson', 'a marriage registration');
    const confirmedBy = input.declarationsConfirmedBy ?? null;
    for (const [party, field] of [
      [input.partyA, 'partyA'],
      [input.partyB, 'partyB'],
    ] as const) {
      if (party.standing === 'deceased') throw new DomainError('MARRIAGE.PARTY_DECEASED', `${field} is recorded as deceased`, 'rule', `${field}.citizenId`);
      // 婚姻登记工作规范: where the registry has no record, the party's signed declaration of having no
      // spouse, checked by the clerk, is what the registration rests on; it must be on record.
      if (party.standing === 'unknown' && !confirmedBy)
        throw new DomainError(
          'MARRIAGE.STATUS_UNKNOWN',
          `the registry has no marital record of ${field}: the clerk must confirm the party's signed declaration of having no spouse (noSpouseDeclarationsConfirmed)`,
          'rule',
          'noSpouseDeclarationsConfirmed',
        );
    }
    const asDeclared = (standing: PartyStanding) => (standing === 'unknown' ? 'unmarried' : (standing as MaritalStatus));
    const a = { citizenId: input.partyA.citizenId, name: input.partyA.name, status: asDeclared(input.partyA.standing) };
    const b = { citizenId: input.partyB.citizenId, name: input.partyB.name, status: asDeclared(input.partyB.standing) };
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
      declarationsConfirmedBy: confirmedBy,
      source: null,
      inPersonVerifiedBy: input.inPersonVerifiedBy,
    });
    const certificates = marriage.issue('marriage', [a.citizenId.value, b.citizenId.value], input.officeCode, input.on, input.serials);
    marriage.changes.push({ kind: 'registered', certificates });
    return marriage;
  }

  /**
   * A marriage registered before the platform (from the national marriage-registration data the
   * bureau holds), so the bigamy check and divorce see it. Its certificates were issued then, not
   * here; the record is checked for what can be checked without the original file.
   */
  static importPrior(id: string, record: PriorMarriageRecord, today: BusinessDate): Marriage {
    const invalid = (field: string, why: string) => new DomainError('PRIOR_MARRIAGE.INVALID', `${field}: ${why}`, 'invalid', field);
    if (record.partyA.citizenId.value === record.partyB.citizenId.value) throw invalid('partyB.citizenId', 'the two parties are the same person');
    if (record.registeredOn.isAfter(today)) throw invalid('registeredOn', 'a prior marriage cannot be registered in the future');
    for (const party of [record.partyA, record.partyB])
      if (record.registeredOn.isBefore(party.citizenId.birthDate)) throw invalid('registeredOn', 'registered before a party was born');
    if (record.status === 'married' && record.endedOn) throw invalid('endedOn', 'a current marriage has no end date');
    if (record.status !== 'married') {
      if (!record.endedOn) throw invalid('endedOn', `a ${record.status} marriage needs its end date`);
      if (record.endedOn.isBefore(record.registeredOn) || record.endedOn.isAfter(today))
        throw invalid('endedOn', 'must fall between the registration and today');
    }
    const parties = [record.partyA.citizenId.value, record.partyB.citizenId.value];
    if (record.status === 'ended-by-death' ? !parties.includes(record.deceasedCitizenId ?? '') : record.deceasedCitizenId)
      throw invalid('deceasedCitizenId', 'names the party who died, for a marriage ended by death only');
    const marriage = new Marriage({
      id,
      partyA: { citizenId: parties[0], name: record.partyA.name },
      partyB: { citizenId: parties[1], name: record.partyB.name },
      registeredOn: record.registeredOn,
      officeCode: record.officeCode,
      status: record.status,
      endedOn: record.endedOn,
      certificates: [],
      declarationsConfirmedBy: null,
      source: { name: record.source, recordId: record.sourceRecordId },
      inPersonVerifiedBy: null,
    });
    marriage.changes.push({ kind: 'imported', deceased: record.deceasedCitizenId });
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

  /**
   * A death that ended this marriage was registered in error and revoked: the marriage never ended,
   * so it is current again. Only while the survivor is still the widowed spouse of this marriage
   * (`survivorStillWidowed`): one who has married since cannot be married twice by an undo.
   */
  restoreAfterRevokedDeath(citizenId: string, survivorStillWidowed: boolean): boolean {
    if (this.state.status !== 'ended-by-death' || !this.isParty(citizenId) || !survivorStillWidowed) return false;
    this.state = { ...this.state, status: 'married', endedOn: null };
    this.changes.push({ kind: 'death-revoked', person: citizenId });
    return true;
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
): { citizenIds: string[]; status: Exclude<PersonStatus, 'unknown'>; since: BusinessDate }[] {
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
    case 'imported': {
      // What the record says of each person; the adapter applies it only where it is newer than what the registry holds.
      if (s.status === 'married') return [{ citizenIds: marriage.parties, status: 'married', since: s.registeredOn }];
      if (s.status === 'divorced') return [{ citizenIds: marriage.parties, status: 'divorced', since: s.endedOn! }];
      return [
        { citizenIds: [marriage.spouseOf(change.deceased!)], status: 'widowed', since: s.endedOn! },
        { citizenIds: [change.deceased!], status: 'deceased', since: s.endedOn! },
      ];
    }
    case 'death-revoked':
      return [{ citizenIds: marriage.parties, status: 'married', since: s.registeredOn }];
    case 'certificate-reissued':
      return [];
  }
}

export function marriageNotFound(id: string): DomainError {
  return new DomainError('MARRIAGE.NOT_FOUND', `no marriage ${id}`, 'not-found');
}
