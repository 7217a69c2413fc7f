import { Marriage } from '../domain/marriage';

export interface CertificateView {
  number: string;
  kind: string;
  holderCitizenId: string;
  issuedOn: string;
  voidedOn: string | null;
}

/** A marriage as the API shows it (citizen IDs unmasked: the controller masks them for the caller). */
export interface MarriageView {
  id: string;
  partyA: { citizenId: string; name: string };
  partyB: { citizenId: string; name: string };
  registeredOn: string;
  officeCode: string;
  status: string;
  endedOn: string | null;
  certificates: CertificateView[];
  declarationsConfirmedBy: string | null;
  importedFrom: { source: string; recordId: string } | null;
  inPersonVerifiedBy: string | null;
}

export interface MaritalStatusView {
  citizenId: string;
  status: string;
  marriageId: string | null;
  since: string;
}

/** Query port: marriages and marital status as registrations and deaths left them. */
export interface MarriageQueries {
  get(id: string): Promise<MarriageView | null>;
  maritalStatus(citizenId: string): Promise<MaritalStatusView | null>;
}

export const MARRIAGE_QUERIES = Symbol('MARRIAGE_QUERIES');

export function marriageView(marriage: Marriage): MarriageView {
  const s = marriage.snapshot();
  return {
    id: s.id,
    partyA: s.partyA,
    partyB: s.partyB,
    registeredOn: s.registeredOn.toString(),
    officeCode: s.officeCode,
    status: s.status,
    endedOn: s.endedOn?.toString() ?? null,
    certificates: s.certificates.map((c) => ({
      number: c.number,
      kind: c.kind,
      holderCitizenId: c.holderCitizenId,
      issuedOn: c.issuedOn.toString(),
      voidedOn: c.voidedOn?.toString() ?? null,
    })),
    declarationsConfirmedBy: s.declarationsConfirmedBy,
    importedFrom: s.source && { source: s.source.name, recordId: s.source.recordId },
    inPersonVerifiedBy: s.inPersonVerifiedBy,
  };
}
