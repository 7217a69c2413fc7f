import { defineEvent, EventData } from '../event-contract';
import { businessDateSchema, objectSchema, Type } from '../schema-parts';

/** Topic of the community affairs catalogue (社区事务受理事项), keyed by item code. */
export const SERVICE_ITEM_TOPIC = 'community.service-item';

const code = Type.String({ pattern: '^[A-Z][A-Z0-9-]{1,19}$', description: 'the item code in the catalogue' });

/** 准入: an item entered the city's catalogue; acceptance centres take applications for it from that day. */
export const ServiceItemAdmitted = defineEvent({
  type: 'community.service-item.admitted.v1',
  topic: SERVICE_ITEM_TOPIC,
  producer: 'community',
  summary: 'A community affairs item was admitted (准入) into the catalogue of the acceptance centres.',
  schema: objectSchema({
    code,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    department: Type.String({ minLength: 1, maxLength: 100, description: 'the owning department (主管部门)' }),
    timeLimitDays: Type.Integer({ minimum: 1, maximum: 60, description: 'the time limit in working days (承诺时限)' }),
    decisionNo: Type.String({ minLength: 1, maxLength: 50 }),
    admittedOn: businessDateSchema,
  }),
  example: { code: 'SQ-0101', name: '居住证办理', department: '市公安局', timeLimitDays: 5, decisionNo: '沪民基〔2026〕1号', admittedOn: '2026-01-10' },
});

export type ServiceItemAdmittedV1 = EventData<typeof ServiceItemAdmitted>;

/** 退出: an item left the catalogue for good; no application is accepted for it and its push-downs end. */
export const ServiceItemWithdrawn = defineEvent({
  type: 'community.service-item.withdrawn.v1',
  topic: SERVICE_ITEM_TOPIC,
  producer: 'community',
  summary: 'A community affairs item was withdrawn (退出) from the catalogue; committees no longer assist with it.',
  schema: objectSchema({ code, withdrawnOn: businessDateSchema, reason: Type.String({ minLength: 1, maxLength: 500 }) }),
  example: { code: 'SQ-0101', withdrawnOn: '2026-06-30', reason: '并入“一网通办”全程网办' },
});

export type ServiceItemWithdrawnV1 = EventData<typeof ServiceItemWithdrawn>;
