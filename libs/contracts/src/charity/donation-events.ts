import { defineEvent, EventData } from '../event-contract';
import { businessDateSchema, nullable, objectSchema, stringEnum, Type, uuidSchema, yuanSchema } from '../schema-parts';

/** Topic of donations received by social organisations (社会捐赠), keyed by organisation id (receipts in order). */
export const DONATION_TOPIC = 'charity.donation';

export const DonationReceived = defineEvent({
  type: 'charity.donation.received.v1',
  topic: DONATION_TOPIC,
  producer: 'charity',
  summary: 'An organisation received a donation of money or goods and issued its receipt (捐赠票据), numbered without gaps.',
  schema: objectSchema({
    donationId: uuidSchema,
    organisationId: uuidSchema,
    planId: nullable(uuidSchema),
    receiptNo: Type.Integer({ minimum: 1, description: "the receipt's number in the organisation's gapless sequence" }),
    kind: stringEnum(['money', 'goods'] as const),
    value: yuanSchema,
    receivedOn: businessDateSchema,
  }),
  example: {
    donationId: '2a4c6e8f-0b1d-4e3f-9a5b-7c9d1e3f5a70',
    organisationId: '3c1d5e7f-9a2b-4c6d-8e0f-1a2b3c4d5e60',
    planId: null,
    receiptNo: 42,
    kind: 'money',
    value: '2000.00',
    receivedOn: '2026-11-28',
  },
});

export type DonationReceivedV1 = EventData<typeof DonationReceived>;
