import { defineEvent, EventData } from '../event-contract';
import { businessDateSchema, citizenIdSchema, divisionCodeSchema, objectSchema, stringEnum, Type, uuidSchema } from '../schema-parts';

export const CHILD_TOPIC = 'child-welfare.child';

export const CHILD_CATEGORIES = ['orphan', 'de-facto-unattended', 'in-difficulty', 'left-behind', 'autism'] as const;
const category = stringEnum(CHILD_CATEGORIES, { description: '孤儿, 事实无人抚养儿童, 困境儿童, 留守儿童, 孤独症儿童' });

/** A child's record was opened (儿童信息登记). No name: integrators match on the citizen ID under the topic's ACL. */
export const ChildRegistered = defineEvent({
  type: 'child-welfare.child.registered.v1',
  topic: CHILD_TOPIC,
  producer: 'child-welfare',
  summary: 'A child was registered with child welfare, in a category (孤儿, 事实无人抚养, 困境, 留守, 孤独症).',
  schema: objectSchema({
    childId: uuidSchema,
    citizenId: citizenIdSchema,
    divisionCode: divisionCodeSchema,
    category,
    registeredOn: businessDateSchema,
  }),
  example: {
    childId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    citizenId: '310104201501011236',
    divisionCode: '310104003',
    category: 'orphan',
    registeredOn: '2026-03-01',
  },
});

/** A child's category changed from a date (e.g. 事实无人抚养 -> 孤儿), with the reason. */
export const ChildCategoryChanged = defineEvent({
  type: 'child-welfare.child.category-changed.v1',
  topic: CHILD_TOPIC,
  producer: 'child-welfare',
  summary: "A child's category changed from a date.",
  schema: objectSchema({
    childId: uuidSchema,
    citizenId: citizenIdSchema,
    divisionCode: divisionCodeSchema,
    from: category,
    to: category,
    effectiveOn: businessDateSchema,
  }),
  example: {
    childId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    citizenId: '310104201501011236',
    divisionCode: '310104003',
    from: 'de-facto-unattended',
    to: 'orphan',
    effectiveOn: '2026-06-01',
  },
});

export const CHILD_EVENTS = [ChildRegistered, ChildCategoryChanged];
export type ChildRegisteredV1 = EventData<typeof ChildRegistered>;
export type ChildCategoryChangedV1 = EventData<typeof ChildCategoryChanged>;

export const PROTECTION_CASE_TOPIC = 'child-welfare.protection-case';

/** 未成年人保护个案 opened: which workstation owns it and why (no child's name or concern text). */
export const ProtectionCaseOpened = defineEvent({
  type: 'child-welfare.protection-case.opened.v1',
  topic: PROTECTION_CASE_TOPIC,
  producer: 'child-welfare',
  summary: 'A protection case (未成年人保护个案) was opened, owned by a workstation.',
  schema: objectSchema({
    caseId: uuidSchema,
    childId: Type.Union([uuidSchema, Type.Null()]),
    workstationId: uuidSchema,
    divisionCode: divisionCodeSchema,
    source: Type.String({ description: 'who reported it: hotline, school, police, community, hospital, guardian-death, ...' }),
    openedOn: businessDateSchema,
  }),
  example: {
    caseId: '1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9',
    childId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
    workstationId: '2c3d4e5f-6071-4829-93a4-b5c6d7e8f901',
    divisionCode: '310104003',
    source: 'school',
    openedOn: '2026-04-02',
  },
});

/** A protection case was closed, with the reason. */
export const ProtectionCaseClosed = defineEvent({
  type: 'child-welfare.protection-case.closed.v1',
  topic: PROTECTION_CASE_TOPIC,
  producer: 'child-welfare',
  summary: 'A protection case was closed.',
  schema: objectSchema({
    caseId: uuidSchema,
    workstationId: uuidSchema,
    divisionCode: divisionCodeSchema,
    closedOn: businessDateSchema,
    reason: Type.String(),
  }),
  example: {
    caseId: '1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9',
    workstationId: '2c3d4e5f-6071-4829-93a4-b5c6d7e8f901',
    divisionCode: '310104003',
    closedOn: '2026-07-30',
    reason: '监护落实, 风险解除',
  },
});

export const PROTECTION_CASE_EVENTS = [ProtectionCaseOpened, ProtectionCaseClosed];
