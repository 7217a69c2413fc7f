import { BusinessDate, Clock, notInFuture } from '@civic/domain-kernel';
import { DivisionDirectory } from '@civic/divisions';
import { CLOCK, recordedBy, StaleVersionError } from '@civic/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { organisationUnknown } from '../../organisation/domain/organisation';
import { ORGANISATION_REPOSITORY, OrganisationRepository } from '../../organisation/domain/organisation.repository';
import { issueCertificate, ServiceCertificate } from '../domain/service-certificate';
import { DEATH, Volunteer, volunteerNotFound } from '../domain/volunteer';
import { VOLUNTEER_REPOSITORY, VolunteerRepository } from '../domain/volunteer.repository';

/** 志愿服务记录: register volunteers, record their service with organisations, certify their hours. */
@Injectable()
export class VolunteerCommands {
  constructor(
    @Inject(VOLUNTEER_REPOSITORY) private readonly volunteers: VolunteerRepository,
    @Inject(ORGANISATION_REPOSITORY) private readonly organisations: OrganisationRepository,
    private readonly divisions: DivisionDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(input: { citizenId: string; name: string; divisionCode: string; registeredOn: string }): Promise<Volunteer> {
    await this.divisions.requireActive(input.divisionCode, 'divisionCode');
    const volunteer = Volunteer.register({ ...input, id: randomUUID(), registeredOn: this.pastDate(input.registeredOn, 'registeredOn') });
    await this.commit(volunteer, null);
    return volunteer;
  }

  async join(id: string, input: { organisationId: string; joinedOn: string }, ifMatch?: number): Promise<Volunteer> {
    const on = this.pastDate(input.joinedOn, 'joinedOn');
    await this.registeredOrganisation(input.organisationId);
    return this.act(id, ifMatch, (v) => v.join(input.organisationId, on));
  }

  async serve(id: string, input: { organisationId: string; servedOn: string; hours: number; activity: string }): Promise<Volunteer> {
    const on = this.pastDate(input.servedOn, 'servedOn');
    await this.registeredOrganisation(input.organisationId);
    return this.act(id, undefined, (v) => v.serve(input.organisationId, on, input.hours, input.activity));
  }

  async certify(id: string): Promise<ServiceCertificate> {
    const volunteer = await this.volunteers.find(id);
    if (!volunteer) throw volunteerNotFound(id);
    const s = volunteer.snapshot();
    const certificate = issueCertificate({
      number: certificateNumber(BusinessDate.today(this.clock)),
      volunteer: { id: s.id, name: s.name, citizenId: s.citizenId },
      totals: await this.volunteers.totals(id),
      issuedOn: BusinessDate.today(this.clock),
    });
    await this.volunteers.addCertificate(certificate, recordedBy());
    return certificate;
  }

  /** A death registered in funeral closes the volunteer's record, if there is one and it is open; false otherwise. */
  async died(citizenId: string, on: BusinessDate): Promise<boolean> {
    const volunteer = await this.volunteers.findByCitizenId(citizenId, { forUpdate: true });
    if (!volunteer || volunteer.snapshot().status !== 'active') return false;
    const expected = volunteer.version;
    volunteer.close(on, DEATH);
    await this.commit(volunteer, expected);
    return true;
  }

  /** A revoked death reopens the record it closed; a corrected date of death moves the closure. */
  async deathUndone(citizenId: string, correctedOn: BusinessDate | null): Promise<void> {
    const volunteer = await this.volunteers.findByCitizenId(citizenId, { forUpdate: true });
    if (!volunteer) return;
    const expected = volunteer.version;
    if (correctedOn) volunteer.deathCorrected(correctedOn);
    else volunteer.deathRevoked();
    if (volunteer.version !== expected) await this.commit(volunteer, expected);
  }

  private async registeredOrganisation(organisationId: string): Promise<void> {
    const organisation = await this.organisations.find(organisationId);
    if (!organisation) throw organisationUnknown(organisationId);
    organisation.requireRegistered();
  }

  private async act(id: string, ifMatch: number | undefined, act: (v: Volunteer) => void): Promise<Volunteer> {
    const volunteer = await this.volunteers.find(id, { forUpdate: true });
    if (!volunteer) throw volunteerNotFound(id);
    if (ifMatch !== undefined && ifMatch !== volunteer.version) throw new StaleVersionError(volunteer.version);
    const expected = volunteer.version;
    act(volunteer);
    await this.commit(volunteer, expected);
    return volunteer;
  }

  private async commit(volunteer: Volunteer, expectedVersion: number | null): Promise<void> {
    await this.volunteers.save(volunteer, expectedVersion, volunteer.pullChanges(), recordedBy());
  }

  private pastDate(raw: string, field: string): BusinessDate {
    const date = BusinessDate.parse(raw, field);
    notInFuture(date, BusinessDate.today(this.clock), field, 'VOLUNTEER');
    return date;
  }
}

const CERTIFICATE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** `ZYFW-<yyyymmdd>-<10 random characters>`: unguessable, so the number alone is what a third party needs to check it. */
function certificateNumber(on: BusinessDate): string {
  const random = [...randomBytes(10)].map((b) => CERTIFICATE_ALPHABET[b % CERTIFICATE_ALPHABET.length]).join('');
  return `ZYFW-${on.toString().replace(/-/g, '')}-${random}`;
}
