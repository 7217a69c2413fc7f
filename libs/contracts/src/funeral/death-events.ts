import { defineEvent } from '../event-contract';
import { businessDateSchema, citizenIdSchema, divisionCodeSchema, objectSchema, uuidSchema } from '../schema-parts';

export const DEATH_RECORD_TOPIC = 'funeral.death-record';

export interface DeathRegisteredV1 {
  deathRecordId: string;
  citizenId: string;
  name: string;
  dateOfDeath: string;
  /** Division of the deceased's registered residence (户籍地). */
  divisionCode: string;
}

/** 死亡登记: the platform's most consequential event; the contract is fixed here for its consumers. */
export const DeathRegistered = defineEvent<DeathRegisteredV1>({
  type: 'funeral.death-record.registered.v1',
  topic: DEATH_RECORD_TOPIC,
  producer: 'funeral',
  summary: 'A death was registered (死亡登记): benefits stop, beds are released, spouses become widowed.',
  schema: objectSchema({
    deathRecordId: uuidSchema,
    citizenId: citizenIdSchema,
    name: { type: 'string', minLength: 1 },
    dateOfDeath: businessDateSchema,
    divisionCode: divisionCodeSchema,
  }),
  example: {
    deathRecordId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c60',
    citizenId: '11010519491231002X',
    name: '张三',
    dateOfDeath: '2026-03-01',
    divisionCode: '310104003',
  },
});

export interface CremationCompletedV1 {
  deathRecordId: string;
  citizenId: string;
  crematedOn: string;
  funeralHome: string;
  certificateNo: string;
}

/** 火化: the cremation of a registered death was recorded, with its certificate (火化证明). */
export const CremationCompleted = defineEvent<CremationCompletedV1>({
  type: 'funeral.death-record.cremated.v1',
  topic: DEATH_RECORD_TOPIC,
  producer: 'funeral',
  summary: 'A cremation was completed and its certificate issued (火化证明).',
  schema: objectSchema({
    deathRecordId: uuidSchema,
    citizenId: citizenIdSchema,
    crematedOn: businessDateSchema,
    funeralHome: { type: 'string', minLength: 1 },
    certificateNo: { type: 'string', minLength: 1 },
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
