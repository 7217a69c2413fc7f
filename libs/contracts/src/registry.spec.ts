import { BENEFIT_EVENTS } from './assistance/benefit-events';
import { asyncApiDocument, topicsOfAsyncApi } from './asyncapi';
import { DEATH_RECORD_EVENTS } from './funeral/death-events';
import { DivisionEstablished } from './community/division-events';
import { ALL_EVENT_CONTRACTS, eventDataErrors } from './registry';

describe('event contracts', () => {
  it.each(ALL_EVENT_CONTRACTS.map((c) => [c.type, c] as const))('%s: example satisfies its schema and names follow the convention', (type, contract) => {
    expect(eventDataErrors(type, contract.example)).toEqual([]);
    expect(type).toMatch(/^[a-z-]+\.[a-z-]+\.[a-z-]+\.v\d+$/);
    expect(type.startsWith(`${contract.producer}.`)).toBe(true);
    expect(contract.topic).toBe(type.split('.').slice(0, 2).join('.'));
  });

  it('refuses data that breaks the schema, naming the field', () => {
    const errors = eventDataErrors(DivisionEstablished.type, { ...DivisionEstablished.example, code: '31A' });
    expect(errors.join()).toMatch(/\/code/);
    expect(eventDataErrors(DivisionEstablished.type, { code: '310104' })).not.toEqual([]);
    expect(eventDataErrors('nobody.nothing.happened.v1', {})).toEqual(['unknown event type nobody.nothing.happened.v1']);
  });

  it('builds an AsyncAPI 3 document with send and receive operations and a DLQ channel', () => {
    const doc = asyncApiDocument('assistance', '1.0.0', [], [DivisionEstablished]) as any;
    expect(doc.asyncapi).toBe('3.0.0');
    expect(doc.channels.community_division.address).toBe('community.division');
    expect(doc.channels.community_division_dlq.address).toBe('community.division.dlq');
    expect(doc.operations.receive_community_division_established_v1.action).toBe('receive');
    expect(doc.components.messages.community_division_established_v1.payload).toBe(DivisionEstablished.schema);
  });
});

describe('topics read back from an AsyncAPI document', () => {
  it('separates what a service sends from what it receives', () => {
    const document = asyncApiDocument('funeral', '1.0.0', DEATH_RECORD_EVENTS, BENEFIT_EVENTS);
    expect(topicsOfAsyncApi(document)).toEqual({ produces: ['funeral.death-record'], consumes: ['assistance.benefit'] });
  });
});
