import { BusinessDate, DomainError, maskCitizenId } from '@civic/domain-kernel';

/** What the service records add up to when a certificate is issued. */
export interface ServiceTotals {
  tenthsOfHours: number;
  records: number;
  firstServedOn: BusinessDate | null;
  lastServedOn: BusinessDate | null;
}

/** A certificate of cumulative service hours (志愿服务证明) as it states them; a third party checks it by its number. */
export interface ServiceCertificate {
  number: string;
  volunteerId: string;
  name: string;
  /** Masked on the certificate itself: a third party learns who, not the whole number. */
  citizenIdMasked: string;
  tenthsOfHours: number;
  hours: string;
  records: number;
  firstServedOn: BusinessDate;
  lastServedOn: BusinessDate;
  issuedOn: BusinessDate;
}

/** Issues the certificate of what is recorded; none for a volunteer without a recorded hour. */
export function issueCertificate(input: {
  number: string;
  volunteer: { id: string; name: string; citizenId: string };
  totals: ServiceTotals;
  issuedOn: BusinessDate;
}): ServiceCertificate {
  const { totals } = input;
  if (totals.tenthsOfHours <= 0 || !totals.firstServedOn || !totals.lastServedOn)
    throw new DomainError('VOLUNTEER.NO_SERVICE_RECORDED', 'a certificate states recorded service hours: none are recorded', 'rule');
  return {
    number: input.number,
    volunteerId: input.volunteer.id,
    name: input.volunteer.name,
    citizenIdMasked: maskCitizenId(input.volunteer.citizenId),
    tenthsOfHours: totals.tenthsOfHours,
    hours: hoursOf(totals.tenthsOfHours),
    records: totals.records,
    firstServedOn: totals.firstServedOn,
    lastServedOn: totals.lastServedOn,
    issuedOn: input.issuedOn,
  };
}

/** Tenths of an hour as the decimal text shown ("12.5"). */
export function hoursOf(tenths: number): string {
  return (tenths / 10).toFixed(1);
}

export function certificateNotFound(number: string): DomainError {
  return new DomainError('VOLUNTEER_CERTIFICATE.NOT_FOUND', `no volunteer service certificate ${number}`, 'not-found');
}
