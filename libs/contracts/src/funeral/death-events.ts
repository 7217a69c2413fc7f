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

/** A death record registered in error was revoked: consumers undo what the death did. */
export const DeathRecordRevoked = defineEvent({
  type: 'funeral.death-record.revoked.v1',
  topic: DEATH_RECORD_TOPIC,
  producer: 'funeral',
  summary:
    'A death record registered in error was revoked (撤销死亡登记): what the death did is undone (benefits resumed from the date they stopped, the spouse married again).',
  schema: objectSchema({
    deathRecordId: uuidSchema,
    citizenId: citizenIdSchema,
    dateOfDeath: businessDateSchema,
    revokedOn: businessDateSchema,
    reason: Type.String({ minLength: 1 }),
  }),
  example: {
    deathRecordId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c60',
    citizenId: '11010519491231002X',
    dateOfDeath: '2026-03-01',
    revokedOn: '2026-03-20',
    reason: '医院误报, 经核实当事人健在',
  },
});

/** A death record was corrected (更正): its facts as they now stand, and which of them changed. */
export const DeathRecordCorrected = defineEvent({
  type: 'funeral.death-record.corrected.v1',
  topic: DEATH_RECORD_TOPIC,
  producer: 'funeral',
  summary: 'A death record was corrected (更正死亡登记); a corrected date of death moves what the death did to the new date.',
  schema: objectSchema({
    deathRecordId: uuidSchema,
    citizenId: citizenIdSchema,
    name: Type.String({ minLength: 1 }),
    dateOfDeath: businessDateSchema,
    previousDateOfDeath: businessDateSchema,
    divisionCode: divisionCodeSchema,
    changed: Type.Array(Type.String({ minLength: 1 }), { description: 'the fields the correction changed' }),
    reason: Type.String({ minLength: 1 }),
  }),
  example: {
    deathRecordId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c60',
    citizenId: '11010519491231002X',
    name: '张三',
    dateOfDeath: '2026-02-27',
    previousDateOfDeath: '2026-03-01',
    divisionCode: '310104003',
    changed: ['dateOfDeath'],
    reason: '依死亡医学证明更正',
  },
});

export const DEATH_RECORD_EVENTS = [DeathRegistered, CremationCompleted, DeathRecordRevoked, DeathRecordCorrected];

export type DeathRegisteredV1 = EventData<typeof DeathRegistered>;
export type CremationCompletedV1 = EventData<typeof CremationCompleted>;
export type DeathRecordRevokedV1 = EventData<typeof DeathRecordRevoked>;
export type DeathRecordCorrectedV1 = EventData<typeof DeathRecordCorrected>;
