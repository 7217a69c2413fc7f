import { defineEvent } from '../event-contract';
import { businessDateSchema, citizenIdSchema, objectSchema, uuidSchema } from '../schema-parts';

export const ADOPTION_TOPIC = 'registration.adoption';

export interface AdoptionRegisteredV1 {
  adoptionId: string;
  adopters: { citizenId: string; name: string }[];
  adoptee: { citizenId: string; name: string };
  registeredOn: string;
  certificateNo: string;
}

/** 收养登记: child-welfare closes the allowance and case; assistance updates the household. */
export const AdoptionRegistered = defineEvent<AdoptionRegisteredV1>({
  type: 'registration.adoption.registered.v1',
  topic: ADOPTION_TOPIC,
  producer: 'registration',
  summary: 'An adoption was registered (收养登记).',
  schema: objectSchema({
    adoptionId: uuidSchema,
    adopters: { type: 'array', minItems: 1, maxItems: 2, items: objectSchema({ citizenId: citizenIdSchema, name: { type: 'string', minLength: 1 } }) },
    adoptee: objectSchema({ citizenId: citizenIdSchema, name: { type: 'string', minLength: 1 } }),
    registeredOn: businessDateSchema,
    certificateNo: { type: 'string' },
  }),
  example: {
    adoptionId: '5d6e7f80-91a2-4b3c-8d4e-5f6071829304',
    adopters: [{ citizenId: '110105198001011238', name: '王伟' }],
    adoptee: { citizenId: '110105201801011230', name: '小明' },
    registeredOn: '2027-02-01',
    certificateNo: 'S310104-2027-000007',
  },
});
