import { defineEvent, EventData } from '../event-contract';
import { businessDateSchema, citizenIdSchema, divisionCodeSchema, objectSchema, Type, uuidSchema, yuanSchema } from '../schema-parts';
import { programmeSchema } from './programme';

export const BENEFIT_TOPIC = 'assistance.benefit';

const facts = {
  benefitId: uuidSchema,
  householdId: uuidSchema,
  programme: programmeSchema,
  divisionCode: divisionCodeSchema,
  memberCitizenIds: Type.Array(citizenIdSchema, {
    description: "Members covered, by citizen ID: what community tags, funeral's waiver and charity supermarkets match on",
  }),
};
const example = {
  benefitId: '5b1e7d3a-9c2f-4e8b-a1d6-3c5f7e9b2a40',
  householdId: '0b6c2a8e-5d1f-4a9b-8c3e-1f2d3c4b5a60',
  programme: 'dibao' as const,
  divisionCode: '310104003',
  memberCitizenIds: ['11010519491231002X'],
};

export const BenefitGranted = defineEvent({
  type: 'assistance.benefit.granted.v1',
  topic: BENEFIT_TOPIC,
  producer: 'assistance',
  summary: 'A household started receiving a benefit (救助金), with its monthly amount.',
  schema: objectSchema({ ...facts, monthlyAmount: yuanSchema, startsOn: businessDateSchema }),
  example: { ...example, monthlyAmount: '1420.00', startsOn: '2026-04-01' },
});

const statusSchema = objectSchema({ ...facts, effectiveOn: businessDateSchema, reason: Type.String() });

export const BenefitSuspended = defineEvent({
  type: 'assistance.benefit.suspended.v1',
  topic: BENEFIT_TOPIC,
  producer: 'assistance',
  summary: 'Payment of a benefit was suspended (暂停), e.g. pending re-verification.',
  schema: statusSchema,
  example: { ...example, effectiveOn: '2026-06-01', reason: '复核期间暂停' },
});

export const BenefitResumed = defineEvent({
  type: 'assistance.benefit.resumed.v1',
  topic: BENEFIT_TOPIC,
  producer: 'assistance',
  summary: 'A suspended benefit is paid again (恢复).',
  schema: statusSchema,
  example: { ...example, effectiveOn: '2026-07-01', reason: '复核通过' },
});

export const BenefitTerminated = defineEvent({
  type: 'assistance.benefit.terminated.v1',
  topic: BENEFIT_TOPIC,
  producer: 'assistance',
  summary: 'A benefit ended (终止); no payment from the effective month on.',
  schema: statusSchema,
  example: { ...example, effectiveOn: '2026-08-01', reason: '家庭收入超过标准' },
});

export const BenefitAmountChanged = defineEvent({
  type: 'assistance.benefit.amount-changed.v1',
  topic: BENEFIT_TOPIC,
  producer: 'assistance',
  summary: 'The monthly amount of a benefit changed: a standard adjustment (标准调整) or a change of the household’s members or incomes (成员变更).',
  schema: objectSchema({
    benefitId: uuidSchema,
    householdId: uuidSchema,
    programme: programmeSchema,
    divisionCode: divisionCodeSchema,
    previousAmount: yuanSchema,
    monthlyAmount: yuanSchema,
    effectiveFrom: businessDateSchema,
    reason: Type.String(),
  }),
  example: {
    benefitId: '5b1e7d3a-9c2f-4e8b-a1d6-3c5f7e9b2a40',
    householdId: '0b6c2a8e-5d1f-4a9b-8c3e-1f2d3c4b5a60',
    programme: 'dibao',
    divisionCode: '310104003',
    previousAmount: '1420.00',
    monthlyAmount: '1510.00',
    effectiveFrom: '2026-07-01',
    reason: 'standard adjusted to 1510.00',
  },
});

export type BenefitGrantedV1 = EventData<typeof BenefitGranted>;
/** The data of a suspension, resumption or termination. */
export type BenefitStatusChangedV1 = EventData<typeof BenefitSuspended>;
export type BenefitAmountChangedV1 = EventData<typeof BenefitAmountChanged>;

export const BENEFIT_EVENTS = [BenefitGranted, BenefitSuspended, BenefitResumed, BenefitTerminated, BenefitAmountChanged];
