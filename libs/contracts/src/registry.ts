import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { ApplicationDecided, ApplicationStatusChanged, ApplicationSubmitted } from './assistance/application-events';
import { BENEFIT_EVENTS } from './assistance/benefit-events';
import { LeadCreated } from './assistance/lead-events';
import { PaymentRunCompleted } from './assistance/payment-run-events';
import { StandardAdjusted } from './assistance/standard-events';
import { DIVISION_EVENTS, DivisionMerged } from './community/division-events';
import { PersonMoved, PersonTagged, PersonUntagged } from './community/person-tag-events';
import { ServiceItemAdmitted, ServiceItemWithdrawn } from './community/service-item-events';
import { DEATH_RECORD_EVENTS } from './funeral/death-events';
import { PlotAssigned } from './funeral/plot-events';
import { AdoptionAssessmentCompleted } from './child-welfare/adoption-assessment-events';
import { CHILD_EVENTS, PROTECTION_CASE_EVENTS } from './child-welfare/child-events';
import { AllowanceRunCompleted } from './child-welfare/allowance-run-events';
import { AdoptionRegistered } from './registration/adoption-events';
import { MARRIAGE_EVENTS } from './registration/marriage-events';
import { EventContract } from './event-contract';
import { FACILITY_EVENTS } from './eldercare/facility-events';
import { PLACEMENT_EVENTS } from './eldercare/placement-events';
import { CareLevelAssessed } from './eldercare/care-assessment-events';
import { ORGANISATION_EVENTS } from './charity/organisation-events';
import { CharitableTrustFiled, FundraisingPlanFiled } from './charity/fundraising-events';
import { DonationReceived } from './charity/donation-events';

/** Every published event type. A new contract is added here and nowhere else. */
export const ALL_EVENT_CONTRACTS: readonly EventContract[] = [
  ...DIVISION_EVENTS,
  DivisionMerged,
  PersonTagged,
  PersonUntagged,
  PersonMoved,
  ServiceItemAdmitted,
  ServiceItemWithdrawn,
  ...DEATH_RECORD_EVENTS,
  PlotAssigned,
  ...MARRIAGE_EVENTS,
  AdoptionRegistered,
  AdoptionAssessmentCompleted,
  ...CHILD_EVENTS,
  ...PROTECTION_CASE_EVENTS,
  AllowanceRunCompleted,
  ApplicationSubmitted,
  ApplicationStatusChanged,
  ApplicationDecided,
  ...BENEFIT_EVENTS,
  StandardAdjusted,
  PaymentRunCompleted,
  LeadCreated,
  ...FACILITY_EVENTS,
  ...PLACEMENT_EVENTS,
  CareLevelAssessed,
  ...ORGANISATION_EVENTS,
  FundraisingPlanFiled,
  CharitableTrustFiled,
  DonationReceived,
];

const byType = new Map(ALL_EVENT_CONTRACTS.map((c) => [c.type, c]));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validators = new Map<string, ValidateFunction>();

export function contractOf(type: string): EventContract | undefined {
  return byType.get(type);
}

/** Validation errors of `data` against the schema of `type` (empty when valid); unknown types are an error. */
export function eventDataErrors(type: string, data: unknown): string[] {
  const contract = byType.get(type);
  if (!contract) return [`unknown event type ${type}`];
  let validate = validators.get(type);
  if (!validate) {
    validate = ajv.compile(contract.schema);
    validators.set(type, validate);
  }
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
