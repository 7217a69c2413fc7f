import { defineEvent, EventData } from '../event-contract';
import { businessDateSchema, citizenIdSchema, objectSchema, Type, uuidSchema } from '../schema-parts';

export const ADOPTION_TOPIC = 'registration.adoption';

const person = objectSchema({ citizenId: citizenIdSchema, name: Type.String({ minLength: 1 }) });

/** 收养登记: child-welfare closes the allowance and case; assistance updates the household. */
export const AdoptionRegistered = defineEvent({
  type: 'registration.adoption.registered.v1',
  topic: ADOPTION_TOPIC,
  producer: 'registration',
  summary: 'An adoption was registered (收养登记).',
  schema: objectSchema({
    adoptionId: uuidSchema,
    adopters: Type.Array(person, { minItems: 1, maxItems: 2 }),
    adoptee: person,
    registeredOn: businessDateSchema,
    certificateNo: Type.String(),
  }),
  example: {
    adoptionId: '5d6e7f80-91a2-4b3c-8d4e-5f6071829304',
    adopters: [{ citizenId: '110105198001011238', name: '王伟' }],
    adoptee: { citizenId: '110105201801011230', name: '小明' },
    registeredOn: '2027-02-01',
    certificateNo: 'S310104-2027-000007',
  },
});

export type AdoptionRegisteredV1 = EventData<typeof AdoptionRegistered>;
