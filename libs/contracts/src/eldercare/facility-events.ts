import { defineEvent, EventData } from '../event-contract';
import { businessDateSchema, countSchema, divisionCodeSchema, objectSchema, stringEnum, Type, uuidSchema } from '../schema-parts';

export const FACILITY_TOPIC = 'eldercare.facility';

const facilityKind = stringEnum(['institution', 'community-centre', 'day-care', 'meal-site', 'doorstep-station', 'rural-elder-home'], {
  description: '养老机构, 综合为老服务中心, 日间照料中心, 助餐场所, 家门口服务站, 乡村长者照护之家',
});

/** 备案: an elder-care facility was filed with the bureau. */
export const FacilityFiled = defineEvent({
  type: 'eldercare.facility.filed.v1',
  topic: FACILITY_TOPIC,
  producer: 'eldercare',
  summary: 'An elder-care facility was filed (备案) with its kind, operator and licensed places.',
  schema: objectSchema({
    facilityId: uuidSchema,
    name: Type.String(),
    kind: facilityKind,
    divisionCode: divisionCodeSchema,
    operatorName: Type.String(),
    operatorUscc: Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$' }),
    licensedCapacity: countSchema,
    filedOn: businessDateSchema,
  }),
  example: {
    facilityId: '0f1e2d3c-4b5a-4697-8877-66554433aa01',
    name: '徐汇区第一养老院',
    kind: 'institution',
    divisionCode: '310104003',
    operatorName: '徐汇颐养服务中心',
    operatorUscc: '91310104MA1FL5LX3J',
    licensedCapacity: 120,
    filedOn: '2026-03-01',
  },
});

/** 等级评定: an institution was given a star grade, valid until a date. */
export const FacilityGraded = defineEvent({
  type: 'eldercare.facility.graded.v1',
  topic: FACILITY_TOPIC,
  producer: 'eldercare',
  summary: 'An elder-care institution was graded 1-5 stars (等级评定), valid until a date.',
  schema: objectSchema({
    facilityId: uuidSchema,
    divisionCode: divisionCodeSchema,
    stars: Type.Integer({ minimum: 1, maximum: 5 }),
    gradedOn: businessDateSchema,
    validUntil: businessDateSchema,
  }),
  example: {
    facilityId: '0f1e2d3c-4b5a-4697-8877-66554433aa01',
    divisionCode: '310104003',
    stars: 4,
    gradedOn: '2026-05-10',
    validUntil: '2029-05-09',
  },
});

export const FACILITY_EVENTS = [FacilityFiled, FacilityGraded];
export type FacilityFiledV1 = EventData<typeof FacilityFiled>;
export type FacilityGradedV1 = EventData<typeof FacilityGraded>;
