import { defineEvent, EventData } from '../event-contract';
import { businessDateSchema, divisionCodeSchema, instantSchema, nullable, objectSchema, stringEnum, Type, uuidSchema } from '../schema-parts';
import { programmeSchema } from './programme';

export const APPLICATION_TOPIC = 'assistance.application';

export const APPLICATION_STATUSES = [
  'submitted',
  'verifying',
  'community-review',
  'public-notice',
  'awaiting-decision',
  'granted',
  'rejected',
  'withdrawn',
] as const;
export type ApplicationStatusV1 = (typeof APPLICATION_STATUSES)[number];
const status = stringEnum(APPLICATION_STATUSES);

/** 申请受理: an application for assistance was submitted. */
export const ApplicationSubmitted = defineEvent({
  type: 'assistance.application.submitted.v1',
  topic: APPLICATION_TOPIC,
  producer: 'assistance',
  summary: 'An application for social assistance was submitted (申请受理).',
  schema: objectSchema({
    applicationId: uuidSchema,
    householdId: uuidSchema,
    programme: programmeSchema,
    divisionCode: divisionCodeSchema,
    submittedAt: instantSchema,
    channel: Type.String(),
  }),
  example: {
    applicationId: '7d0f5c1e-2d43-4f7e-9a51-2b1f4b7a9c10',
    householdId: '0b6c2a8e-5d1f-4a9b-8c3e-1f2d3c4b5a60',
    programme: 'dibao',
    divisionCode: '310104003',
    submittedAt: '2026-03-02T01:30:00.000Z',
    channel: 'yiwangtongban',
  },
});

/** Every step of the lifecycle (核对, 公示, 审批 ...), for integrators that follow a case. */
export const ApplicationStatusChanged = defineEvent({
  type: 'assistance.application.status-changed.v1',
  topic: APPLICATION_TOPIC,
  producer: 'assistance',
  summary: 'An application moved from one stage of its lifecycle to the next.',
  schema: objectSchema({
    applicationId: uuidSchema,
    householdId: uuidSchema,
    programme: programmeSchema,
    divisionCode: divisionCodeSchema,
    from: status,
    to: status,
    reason: nullable(Type.String()),
    changedAt: instantSchema,
    changedBy: Type.String(),
  }),
  example: {
    applicationId: '7d0f5c1e-2d43-4f7e-9a51-2b1f4b7a9c10',
    householdId: '0b6c2a8e-5d1f-4a9b-8c3e-1f2d3c4b5a60',
    programme: 'dibao',
    divisionCode: '310104003',
    from: 'verifying',
    to: 'public-notice',
    reason: null,
    changedAt: '2026-03-09T02:00:00.000Z',
    changedBy: 'officer-17',
  },
});

/** 审批: the district decided on the application. */
export const ApplicationDecided = defineEvent({
  type: 'assistance.application.decided.v1',
  topic: APPLICATION_TOPIC,
  producer: 'assistance',
  summary: 'The district granted or rejected an application (审批), with its reason.',
  schema: objectSchema({
    applicationId: uuidSchema,
    householdId: uuidSchema,
    programme: programmeSchema,
    divisionCode: divisionCodeSchema,
    decision: stringEnum(['granted', 'rejected']),
    reason: Type.String(),
    decidedOn: businessDateSchema,
    benefitId: nullable(uuidSchema),
  }),
  example: {
    applicationId: '7d0f5c1e-2d43-4f7e-9a51-2b1f4b7a9c10',
    householdId: '0b6c2a8e-5d1f-4a9b-8c3e-1f2d3c4b5a60',
    programme: 'dibao',
    divisionCode: '310104003',
    decision: 'granted',
    reason: '符合低保条件',
    decidedOn: '2026-03-20',
    benefitId: '5b1e7d3a-9c2f-4e8b-a1d6-3c5f7e9b2a40',
  },
});

export type ApplicationSubmittedV1 = EventData<typeof ApplicationSubmitted>;
export type ApplicationStatusChangedV1 = EventData<typeof ApplicationStatusChanged>;
export type ApplicationDecidedV1 = EventData<typeof ApplicationDecided>;

export const APPLICATION_EVENTS = [ApplicationSubmitted, ApplicationStatusChanged, ApplicationDecided];
