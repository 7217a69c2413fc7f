import { defineEvent, EventData } from '../event-contract';
import { businessDateSchema, citizenIdSchema, objectSchema, Type, uuidSchema } from '../schema-parts';

export const MARRIAGE_TOPIC = 'registration.marriage';

const party = objectSchema({ citizenId: citizenIdSchema, name: Type.String({ minLength: 1 }) });

/** 结婚登记: both parties' households may change (assistance re-verifies, community updates). */
export const MarriageRegistered = defineEvent({
  type: 'registration.marriage.registered.v1',
  topic: MARRIAGE_TOPIC,
  producer: 'registration',
  summary: 'A marriage was registered (结婚登记).',
  schema: objectSchema({
    marriageId: uuidSchema,
    partyA: party,
    partyB: party,
    registeredOn: businessDateSchema,
    officeCode: Type.String(),
    certificateNo: Type.String(),
  }),
  example: {
    marriageId: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f0',
    partyA: { citizenId: '110105199001011232', name: '王伟' },
    partyB: { citizenId: '110105199202021226', name: '李娜' },
    registeredOn: '2026-05-20',
    officeCode: '310104',
    certificateNo: 'J310104-2026-000123',
  },
});

/** 离婚登记 after the 30-day cooling-off period. */
export const DivorceRegistered = defineEvent({
  type: 'registration.marriage.divorced.v1',
  topic: MARRIAGE_TOPIC,
  producer: 'registration',
  summary: 'A divorce by agreement was registered after the cooling-off period (协议离婚登记).',
  schema: objectSchema({ marriageId: uuidSchema, partyA: party, partyB: party, registeredOn: businessDateSchema, certificateNo: Type.String() }),
  example: {
    marriageId: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f0',
    partyA: { citizenId: '110105199001011232', name: '王伟' },
    partyB: { citizenId: '110105199202021226', name: '李娜' },
    registeredOn: '2027-07-01',
    certificateNo: 'L310104-2027-000045',
  },
});

export const MARRIAGE_EVENTS = [MarriageRegistered, DivorceRegistered];

export type MarriageRegisteredV1 = EventData<typeof MarriageRegistered>;
export type DivorceRegisteredV1 = EventData<typeof DivorceRegistered>;
