import { BusinessDate, CitizenId, Clock, DomainError } from '@civic/domain-kernel';
import { CLOCK, EventPublisher, recordedBy } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppointmentAttendance } from '../../appointment/application/appointment-attendance';
import { Certificate } from '../domain/certificate';
import { Marriage, marriageNotFound, PriorMarriageRecord } from '../domain/marriage';
import { MARRIAGE_REPOSITORY, MarriageRepository } from '../domain/marriage.repository';
import { marriageIntegrationEvents } from './marriage-integration-events';

export interface PartyInput {
  citizenId: string;
  name: string;
}

export interface PriorRecordInput {
  sourceRecordId: string;
  partyA: PartyInput;
  partyB: PartyInput;
  registeredOn: string;
  officeCode: string;
  status: 'married' | 'divorced' | 'ended-by-death';
  endedOn?: string | null;
  deceasedCitizenId?: string | null;
}

export interface PriorImportReport {
  imported: { sourceRecordId: string; marriageId: string }[];
  alreadyImported: string[];
  rejected: { index: number; sourceRecordId: string; code: string; reason: string }[];
}

function priorRecordOf(source: string, input: PriorRecordInput, field: string, clock: Clock): PriorMarriageRecord {
  return {
    source,
    sourceRecordId: input.sourceRecordId,
    partyA: { citizenId: CitizenId.parse(input.partyA.citizenId, `${field}.partyA.citizenId`, clock), name: input.partyA.name },
    partyB: { citizenId: CitizenId.parse(input.partyB.citizenId, `${field}.partyB.citizenId`, clock), name: input.partyB.name },
    registeredOn: BusinessDate.parse(input.registeredOn, `${field}.registeredOn`),
    officeCode: input.officeCode,
    status: input.status,
    endedOn: input.endedOn ? BusinessDate.parse(input.endedOn, `${field}.endedOn`) : null,
    deceasedCitizenId: input.deceasedCitizenId ? CitizenId.parse(input.deceasedCitizenId, `${field}.deceasedCitizenId`, clock).value : null,
  };
}

/** 结婚登记, 补领, and what a death does to a marriage. Each runs in the command (or inbox) transaction. */
@Injectable()
export class MarriageCommands {
  constructor(
    @Inject(MARRIAGE_REPOSITORY) private readonly marriages: MarriageRepository,
    private readonly events: EventPublisher,
    private readonly appointments: AppointmentAttendance,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(input: {
    partyA: PartyInput;
    partyB: PartyInput;
    officeCode: string;
    declaredNoProhibitedKinship: boolean;
    noSpouseDeclarationsConfirmed?: boolean;
    partiesAppearedInPerson: boolean;
    appointmentId?: string;
  }): Promise<Marriage> {
    const clerk = recordedBy();
    const today = BusinessDate.today(this.clock);
    const a = CitizenId.parse(input.partyA.citizenId, 'partyA.citizenId', this.clock);
    const b = CitizenId.parse(input.partyB.citizenId, 'partyB.citizenId', this.clock);
    const standings = await this.marriages.lockStandings([a.value, b.value], today);
    const [first, second] = await this.marriages.nextCertificateSerials(2);
    const marriage = Marriage.register({
      id: randomUUID(),
      partyA: { citizenId: a, name: input.partyA.name, standing: standings.get(a.value) ?? 'unknown' },
      partyB: { citizenId: b, name: input.partyB.name, standing: standings.get(b.value) ?? 'unknown' },
      officeCode: input.officeCode,
      on: today,
      declaredNoProhibitedKinship: input.declaredNoProhibitedKinship,
      serials: [first, second],
      declarationsConfirmedBy: input.noSpouseDeclarationsConfirmed ? clerk : null,
      inPersonVerifiedBy: input.partiesAppearedInPerson === true ? clerk : null,
    });
    if (input.appointmentId)
      await this.appointments.attend(input.appointmentId, {
        kind: 'marriage',
        officeCode: input.officeCode,
        citizenIds: [a.value, b.value],
        registrationId: marriage.id,
      });
    await this.commit(marriage);
    return marriage;
  }

  /**
   * Imports marriages registered before the platform. Each record is imported once (by source and
   * record id); one the registry contradicts (a party already in another current marriage) or that
   * fails its own checks is reported and skipped, the rest are imported in the same transaction.
   */
  async importPrior(source: string, records: PriorRecordInput[]): Promise<PriorImportReport> {
    const today = BusinessDate.today(this.clock);
    const report: PriorImportReport = { imported: [], alreadyImported: [], rejected: [] };
    for (const [index, input] of records.entries()) {
      const field = `records[${index}]`;
      try {
        if (await this.marriages.findBySource(source, input.sourceRecordId)) {
          report.alreadyImported.push(input.sourceRecordId);
          continue;
        }
        const record = priorRecordOf(source, input, field, this.clock);
        const parties = [record.partyA.citizenId.value, record.partyB.citizenId.value];
        if (record.status === 'married') {
          const standings = await this.marriages.lockStandings(parties, today);
          for (const [i, party] of parties.entries()) {
            const current = await this.marriages.currentMarriageOf(party);
            if (current || standings.get(party) === 'deceased')
              throw new DomainError(
                'PRIOR_MARRIAGE.CONTRADICTED',
                `${i === 0 ? 'partyA' : 'partyB'}: the registry holds ${current ? `a current marriage ${current.id}` : 'the party as deceased'}`,
                'conflict',
              );
          }
        }
        const marriage = Marriage.importPrior(randomUUID(), record, today);
        await this.marriages.save(marriage, marriage.pullChanges());
        report.imported.push({ sourceRecordId: input.sourceRecordId, marriageId: marriage.id });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        report.rejected.push({ index, sourceRecordId: input.sourceRecordId, code: error.code, reason: error.message });
      }
    }
    return report;
  }

  /** 补领: the holder's current certificate is voided and a new number issued. */
  async reissue(marriageId: string, input: { holderCitizenId: string; reason: string; officeCode: string }): Promise<Certificate> {
    const marriage = await this.marriages.find(marriageId, { forUpdate: true });
    if (!marriage) throw marriageNotFound(marriageId);
    const [serial] = await this.marriages.nextCertificateSerials(1);
    const issued = marriage.reissueCertificate(input.holderCitizenId, input.reason, input.officeCode, BusinessDate.today(this.clock), serial);
    await this.commit(marriage);
    return issued;
  }

  /** A death (funeral's death record) ends the person's marriage; the spouse becomes widowed. */
  async personDied(citizenId: string, on: BusinessDate): Promise<void> {
    const marriage = await this.marriages.currentMarriageOf(citizenId);
    if (!marriage) return this.marriages.recordDeath(citizenId, on);
    marriage.endByDeathOf(citizenId, on);
    await this.commit(marriage);
  }

  /**
   * A death revoked (registered in error): the marriage it ended is current again while the spouse is
   * still its widow(er); otherwise the person's status goes back to what their marriages say.
   */
  async deathRevoked(citizenId: string): Promise<void> {
    const standing = await this.marriages.standingOf(citizenId);
    if (standing?.status !== 'deceased') return;
    const marriage = standing.marriageId ? await this.marriages.find(standing.marriageId, { forUpdate: true }) : null;
    if (marriage) {
      const survivor = await this.marriages.standingOf(marriage.spouseOf(citizenId));
      const stillWidowed = survivor?.status === 'widowed' && survivor.marriageId === marriage.id;
      if (marriage.restoreAfterRevokedDeath(citizenId, stillWidowed)) return this.commit(marriage);
    }
    await this.marriages.restoreStandingFromHistory(citizenId);
  }

  private async commit(marriage: Marriage): Promise<void> {
    const changes = marriage.pullChanges();
    await this.marriages.save(marriage, changes);
    await this.events.publish(marriageIntegrationEvents(marriage, changes));
  }
}
