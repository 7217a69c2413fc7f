import { defineEvent, EventData } from '../event-contract';
import { businessDateSchema, divisionCodeSchema, nullable, objectSchema, stringEnum, Type, uuidSchema, yuanSchema } from '../schema-parts';

/** Topic of the social organisations (社会组织) registered by the civil-affairs authorities, keyed by organisation id. */
export const ORGANISATION_TOPIC = 'charity.organisation';

export const ORGANISATION_KINDS = ['social-group', 'social-service-institution', 'foundation'] as const;
const kind = stringEnum(ORGANISATION_KINDS, { description: 'social-group 社会团体 | social-service-institution 社会服务机构 | foundation 基金会' });
const uscc = Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$', description: 'unified social credit code (统一社会信用代码)' });
const identity = { organisationId: uuidSchema, uscc };
const identityExample = { organisationId: '3c1d5e7f-9a2b-4c6d-8e0f-1a2b3c4d5e60', uscc: '53310104MJ0000001F' };

export const OrganisationRegistered = defineEvent({
  type: 'charity.organisation.registered.v1',
  topic: ORGANISATION_TOPIC,
  producer: 'charity',
  summary: 'A social organisation was registered (成立登记) with its unified social credit code.',
  schema: objectSchema({
    ...identity,
    kind,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    domicileDivisionCode: divisionCodeSchema,
    authorityLevel: stringEnum(['city', 'district'] as const, { description: 'the registering authority: city or district civil-affairs bureau' }),
    legalRepresentative: Type.String({ minLength: 1, maxLength: 50 }),
    registeredCapital: nullable(yuanSchema),
    registeredOn: businessDateSchema,
  }),
  example: {
    ...identityExample,
    kind: 'foundation',
    name: '上海市某某公益基金会',
    domicileDivisionCode: '310104003',
    authorityLevel: 'city',
    legalRepresentative: '李四',
    registeredCapital: '4000000.00',
    registeredOn: '2024-03-01',
  },
});

export const OrganisationChanged = defineEvent({
  type: 'charity.organisation.changed.v1',
  topic: ORGANISATION_TOPIC,
  producer: 'charity',
  summary: 'A registered item of a social organisation changed (变更登记: name, domicile or legal representative).',
  schema: objectSchema({
    ...identity,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    domicileDivisionCode: divisionCodeSchema,
    legalRepresentative: Type.String({ minLength: 1, maxLength: 50 }),
    changed: Type.Array(stringEnum(['name', 'domicile', 'legalRepresentative'] as const), { minItems: 1 }),
    changedOn: businessDateSchema,
  }),
  example: {
    ...identityExample,
    name: '上海市某某慈善基金会',
    domicileDivisionCode: '310104003',
    legalRepresentative: '王五',
    changed: ['name', 'legalRepresentative'],
    changedOn: '2026-05-10',
  },
});

export const OrganisationGraded = defineEvent({
  type: 'charity.organisation.graded.v1',
  topic: ORGANISATION_TOPIC,
  producer: 'charity',
  summary: 'A social organisation received an evaluation grade (等级评估) 1A-5A, valid 5 years.',
  schema: objectSchema({
    ...identity,
    grade: Type.Integer({ minimum: 1, maximum: 5, description: 'the number of A' }),
    gradedOn: businessDateSchema,
    expiresOn: businessDateSchema,
  }),
  example: { ...identityExample, grade: 4, gradedOn: '2026-06-30', expiresOn: '2031-06-29' },
});

export const OrganisationDeregistered = defineEvent({
  type: 'charity.organisation.deregistered.v1',
  topic: ORGANISATION_TOPIC,
  producer: 'charity',
  summary: 'A social organisation was deregistered (注销登记); it takes no more donations.',
  schema: objectSchema({ ...identity, deregisteredOn: businessDateSchema, reason: Type.String({ minLength: 1, maxLength: 500 }) }),
  example: { ...identityExample, deregisteredOn: '2026-09-01', reason: '章程规定的解散事由出现' },
});

export const OrganisationFlaggedDormant = defineEvent({
  type: 'charity.organisation.flagged-dormant.v1',
  topic: ORGANISATION_TOPIC,
  producer: 'charity',
  summary: 'A social organisation was flagged dormant (僵尸型社会组织): two inspection years running without an inspection or any activity.',
  schema: objectSchema({
    ...identity,
    flaggedOn: businessDateSchema,
    inactiveYears: Type.Array(Type.Integer({ minimum: 1949 }), { minItems: 2, description: 'the inspection years without an inspection or activity' }),
  }),
  example: { ...identityExample, flaggedOn: '2026-06-01', inactiveYears: [2024, 2025] },
});

export const ORGANISATION_EVENTS = [OrganisationRegistered, OrganisationChanged, OrganisationGraded, OrganisationDeregistered, OrganisationFlaggedDormant];

export type OrganisationRegisteredV1 = EventData<typeof OrganisationRegistered>;
export type OrganisationChangedV1 = EventData<typeof OrganisationChanged>;
export type OrganisationGradedV1 = EventData<typeof OrganisationGraded>;
export type OrganisationDeregisteredV1 = EventData<typeof OrganisationDeregistered>;
export type OrganisationFlaggedDormantV1 = EventData<typeof OrganisationFlaggedDormant>;
