import { defineEvent, EventData } from '../event-contract';
import { divisionCodeSchema, objectSchema, Type, uuidSchema } from '../schema-parts';

export const LEAD_TOPIC = 'assistance.lead';

/** 政策找人: a rule turned a fact from another context into a lead for an assistance adviser. */
export const LeadCreated = defineEvent({
  type: 'assistance.lead.created.v1',
  topic: LEAD_TOPIC,
  producer: 'assistance',
  summary: 'A proactive-identification lead (政策找人线索) was created for an assistance adviser (救助顾问).',
  schema: objectSchema({
    leadId: uuidSchema,
    kind: Type.String(),
    ruleCode: Type.String(),
    divisionCode: divisionCodeSchema,
    sourceEventType: Type.String(),
    summary: Type.String(),
  }),
  example: {
    leadId: '2e4c6a8b-1d3f-4b5a-9c7e-0f2a4c6e8b10',
    kind: 'visit',
    ruleCode: 'death-of-household-member',
    divisionCode: '310104003',
    sourceEventType: 'funeral.death-record.registered.v1',
    summary: '户内成员死亡，需核实家庭状况',
  },
});

export type LeadCreatedV1 = EventData<typeof LeadCreated>;
