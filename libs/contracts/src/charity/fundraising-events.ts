import { defineEvent, EventData } from '../event-contract';
import { businessDateSchema, divisionCodeSchema, objectSchema, Type, uuidSchema, yuanSchema } from '../schema-parts';

/** Topic of public fundraising plans (募捐方案备案), keyed by plan id. */
export const FUNDRAISING_PLAN_TOPIC = 'charity.fundraising-plan';
/** Topic of charitable trusts (慈善信托备案), keyed by trust id. */
export const CHARITABLE_TRUST_TOPIC = 'charity.charitable-trust';

export const FundraisingPlanFiled = defineEvent({
  type: 'charity.fundraising-plan.filed.v1',
  topic: FUNDRAISING_PLAN_TOPIC,
  producer: 'charity',
  summary: 'A qualified charity filed a public fundraising plan (募捐方案备案) before the fundraising starts.',
  schema: objectSchema({
    planId: uuidSchema,
    organisationId: uuidSchema,
    title: Type.String({ minLength: 1, maxLength: 100 }),
    startsOn: businessDateSchema,
    endsOn: businessDateSchema,
    target: yuanSchema,
    filedOn: businessDateSchema,
  }),
  example: {
    planId: '7d2e4f6a-8b0c-4d1e-9f2a-3b4c5d6e7f80',
    organisationId: '3c1d5e7f-9a2b-4c6d-8e0f-1a2b3c4d5e60',
    title: '2027 年冬季助老暖心行动',
    startsOn: '2027-01-01',
    endsOn: '2027-03-31',
    target: '500000.00',
    filedOn: '2026-12-01',
  },
});

export const CharitableTrustFiled = defineEvent({
  type: 'charity.charitable-trust.filed.v1',
  topic: CHARITABLE_TRUST_TOPIC,
  producer: 'charity',
  summary: 'A charitable trust was filed (慈善信托备案) within 7 days of its signing.',
  schema: objectSchema({
    trustId: uuidSchema,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    trusteeName: Type.String({ minLength: 1, maxLength: 100 }),
    trusteeUscc: Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$' }),
    property: yuanSchema,
    signedOn: businessDateSchema,
    filedOn: businessDateSchema,
    divisionCode: divisionCodeSchema,
  }),
  example: {
    trustId: '1f3a5b7c-9d0e-4f2a-8b4c-6d8e0f2a4b60',
    name: '某某助学慈善信托',
    trusteeName: '上海某某信托有限公司',
    trusteeUscc: '91310000MA1K000006',
    property: '1000000.00',
    signedOn: '2026-11-20',
    filedOn: '2026-11-25',
    divisionCode: '310104',
  },
});

export type FundraisingPlanFiledV1 = EventData<typeof FundraisingPlanFiled>;
export type CharitableTrustFiledV1 = EventData<typeof CharitableTrustFiled>;
