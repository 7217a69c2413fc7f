import { defineEvent, EventData } from '../event-contract';
import { businessDateSchema, citizenIdSchema, divisionCodeSchema, objectSchema, stringEnum, uuidSchema } from '../schema-parts';

export const BED_TOPIC = 'eldercare.bed';
export const RESIDENT_TOPIC = 'eldercare.resident';

const bedKind = stringEnum(['general', 'cognitive-impairment', 'basic-guarantee', 'family-care'], {
  description: '普通床位, 认知障碍床位, 保基本床位, 家庭照护床位',
});

/** 保基本床位轮候: a vacant basic-guarantee bed was offered to the first elder in line. */
export const BedAllocated = defineEvent({
  type: 'eldercare.bed.allocated.v1',
  topic: BED_TOPIC,
  producer: 'eldercare',
  summary: 'A vacant basic-guarantee bed was offered to the highest-priority waiting elder of its district (保基本床位轮候).',
  schema: objectSchema({
    offerId: uuidSchema,
    bedId: uuidSchema,
    facilityId: uuidSchema,
    divisionCode: divisionCodeSchema,
    waitingEntryId: uuidSchema,
    citizenId: citizenIdSchema,
    offeredOn: businessDateSchema,
    expiresOn: businessDateSchema,
  }),
  example: {
    offerId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    bedId: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
    facilityId: '0f1e2d3c-4b5a-4697-8877-66554433aa01',
    divisionCode: '310104003',
    waitingEntryId: '3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f',
    citizenId: '11010519491231002X',
    offeredOn: '2026-06-01',
    expiresOn: '2026-06-08',
  },
});

/** A bed became vacant: its resident left, or an offer of it was declined, lapsed or withdrawn. */
export const BedReleased = defineEvent({
  type: 'eldercare.bed.released.v1',
  topic: BED_TOPIC,
  producer: 'eldercare',
  summary: 'A bed became vacant: its resident was discharged, or the offer of it was declined, expired or withdrawn.',
  schema: objectSchema({
    bedId: uuidSchema,
    facilityId: uuidSchema,
    divisionCode: divisionCodeSchema,
    kind: bedKind,
    releasedOn: businessDateSchema,
    reason: stringEnum(['discharged', 'offer-declined', 'offer-expired', 'offer-withdrawn']),
  }),
  example: {
    bedId: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
    facilityId: '0f1e2d3c-4b5a-4697-8877-66554433aa01',
    divisionCode: '310104003',
    kind: 'basic-guarantee',
    releasedOn: '2026-06-20',
    reason: 'discharged',
  },
});

/** 入住: an elder was admitted into a bed. */
export const ResidentAdmitted = defineEvent({
  type: 'eldercare.resident.admitted.v1',
  topic: RESIDENT_TOPIC,
  producer: 'eldercare',
  summary: 'An elder was admitted into a bed of a facility, or into a family care bed at home (入住).',
  schema: objectSchema({
    residencyId: uuidSchema,
    bedId: uuidSchema,
    facilityId: uuidSchema,
    divisionCode: divisionCodeSchema,
    bedKind,
    citizenId: citizenIdSchema,
    admittedOn: businessDateSchema,
  }),
  example: {
    residencyId: '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a',
    bedId: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
    facilityId: '0f1e2d3c-4b5a-4697-8877-66554433aa01',
    divisionCode: '310104003',
    bedKind: 'basic-guarantee',
    citizenId: '11010519491231002X',
    admittedOn: '2026-06-03',
  },
});

/** 出院/离院: a resident left a bed (left, deceased, or transferred to another bed). */
export const ResidentDischarged = defineEvent({
  type: 'eldercare.resident.discharged.v1',
  topic: RESIDENT_TOPIC,
  producer: 'eldercare',
  summary: 'A resident left a bed: discharged, deceased, or transferred to another bed.',
  schema: objectSchema({
    residencyId: uuidSchema,
    bedId: uuidSchema,
    facilityId: uuidSchema,
    divisionCode: divisionCodeSchema,
    citizenId: citizenIdSchema,
    dischargedOn: businessDateSchema,
    reason: stringEnum(['left', 'deceased', 'transferred']),
  }),
  example: {
    residencyId: '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a',
    bedId: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
    facilityId: '0f1e2d3c-4b5a-4697-8877-66554433aa01',
    divisionCode: '310104003',
    citizenId: '11010519491231002X',
    dischargedOn: '2026-06-20',
    reason: 'left',
  },
});

export const PLACEMENT_EVENTS = [BedAllocated, BedReleased, ResidentAdmitted, ResidentDischarged];
export type BedAllocatedV1 = EventData<typeof BedAllocated>;
export type BedReleasedV1 = EventData<typeof BedReleased>;
export type ResidentAdmittedV1 = EventData<typeof ResidentAdmitted>;
export type ResidentDischargedV1 = EventData<typeof ResidentDischarged>;
