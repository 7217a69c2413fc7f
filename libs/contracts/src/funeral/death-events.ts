import { defineEvent, EventData } from '../event-contract';
import { businessDateSchema, citizenIdSchema, divisionCodeSchema, objectSchema, Type, uuidSchema } from '../schema-parts';

export const DEATH_RECORD_TOPIC = 'funeral.death-record';

/** 死亡登记: the platform's most consequential event; the contract is fixed here for its consumers. */
export const DeathRegistered = defineEvent({
  type: 'funeral.death-record.registered.v1',
  topic: DEATH_RECORD_TOPIC,
  producer: 'funeral',
  summary: 'A death was registered (死亡登记): benefits stop, beds are released, spouses become widowed.',
  schema: objectSchema({
    deathRecordId: uuidSchema,
    citizenId: citizenIdSchema,
    name: Type.String({ minLength: 1 }),
    dateOfDeath: businessDateSchema,
    divisionCode: { ...divisionCodeSchema, description: "Division of the deceased's registered residence (户籍地)" },
  }),
  example: {
    deathRecordId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c60',
    citizenId: '11010519491231002X',
    name: '张三',
    dateOfDeath: '2026-03-01',
    divisionCode: '310104003',
  },
});

/** 火化: the cremation of a registered death was recorded, with its certificate (火化证明). */
export const CremationCompleted = defineEvent({
  type: 'funeral.death-record.cremated.v1',
  topic: DEATH_RECORD_TOPIC,
  producer: 'funeral',
  summary: 'A cremation was completed and its certificate issued (火化证明).',
  schema: objectSchema({
    deathRecordId: uuidSchema,
    citizenId: citizenIdSchema,
    crematedOn: businessDateSchema,
    funeralHome: Type.String({ minLength: 1 }),
    certificateNo: Type.String({ minLength: 1 }),
  }),
  example: {
    deathRecordId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c60',
    citizenId: '11010519491231002X',
    crematedOn: '2026-03-04',
    funeralHome: '龙华殡仪馆',
    certificateNo: 'HH2026030400123',
  },
});

export const DEATH_RECORD_EVENTS = [DeathRegistered, CremationCompleted];

export type DeathRegisteredV1 = EventData<typeof DeathRegistered>;
export type CremationCompletedV1 = EventData<typeof CremationCompleted>;
