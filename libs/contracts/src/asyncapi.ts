import { deadLetterTopicOf, EventContract } from './event-contract';
import { eventSourceOf, type ServiceName } from './service-registry';

/**
 * The AsyncAPI 3.0 document of one service: the channels (topics) it sends to and receives from,
 * with each event type as a message carrying its JSON Schema and the CloudEvents binary-mode headers.
 */
export function asyncApiDocument(
  service: ServiceName,
  version: string,
  produces: readonly EventContract[],
  consumes: readonly EventContract[],
): Record<string, unknown> {
  const channels: Record<string, { address: string; messages: Record<string, unknown>; description?: string }> = {};
  const components: Record<string, unknown> = {};
  const channelId = (topic: string) => topic.replace(/[^a-zA-Z0-9]/g, '_');
  const messageId = (type: string) => type.replace(/[^a-zA-Z0-9]/g, '_');

  for (const contract of [...produces, ...consumes]) {
    const id = channelId(contract.topic);
    channels[id] ??= { address: contract.topic, messages: {}, description: `Kafka topic ${contract.topic}, key = aggregate id` };
    channels[id].messages[messageId(contract.type)] = { $ref: `#/components/messages/${messageId(contract.type)}` };
    components[messageId(contract.type)] = {
      name: contract.type,
      title: contract.type,
      summary: contract.summary,
      contentType: 'application/json',
      headers: CLOUDEVENT_HEADERS(contract.type, contract.producer),
      payload: contract.schema,
      examples: [{ payload: contract.example }],
    };
  }
  for (const topic of new Set(consumes.map((c) => c.topic))) {
    const dlq = deadLetterTopicOf(topic);
    channels[channelId(dlq)] = {
      address: dlq,
      messages: {},
      description: `Dead letters of ${service}'s consumers of ${topic}: the original message plus dlq_* error headers`,
    };
  }
  const operations: Record<string, unknown> = {};
  for (const contract of produces) {
    operations[`send_${messageId(contract.type)}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${channelId(contract.topic)}` },
      messages: [{ $ref: `#/channels/${channelId(contract.topic)}/messages/${messageId(contract.type)}` }],
    };
  }
  for (const contract of consumes) {
    operations[`receive_${messageId(contract.type)}`] = {
      action: 'receive',
      channel: { $ref: `#/channels/${channelId(contract.topic)}` },
      messages: [{ $ref: `#/channels/${channelId(contract.topic)}/messages/${messageId(contract.type)}` }],
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: `${service} events`,
      version,
      description: `Domain events that the ${service} service publishes and consumes (CloudEvents 1.0, Kafka binary content mode).`,
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { messages: components },
  };
}

function CLOUDEVENT_HEADERS(type: string, producer: string): Record<string, unknown> {
  return {
    type: 'object',
    required: ['ce_id', 'ce_source', 'ce_type', 'ce_specversion', 'ce_time', 'ce_subject', 'traceparent', 'content-type'],
    properties: {
      ce_id: { type: 'string', format: 'uuid' },
      ce_source: { type: 'string', const: eventSourceOf(producer) },
      ce_type: { type: 'string', const: type },
      ce_specversion: { type: 'string', const: '1.0' },
      ce_time: { type: 'string', format: 'date-time' },
      ce_subject: { type: 'string', description: 'aggregate id, also the Kafka key' },
      ce_requestid: { type: 'string', description: 'id of the HTTP request that caused the event' },
      traceparent: {
        type: 'string',
        pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$',
        description: 'W3C trace context of the request (or job) that committed the event; consumers continue the trace',
      },
      'content-type': { type: 'string', const: 'application/json' },
    },
  };
}

/**
 * The topics a service sends to and receives from, read back from its AsyncAPI document (the
 * broker's ACLs are derived from the committed documents, so they grant what the contracts say).
 */
export function topicsOfAsyncApi(document: unknown): { produces: string[]; consumes: string[] } {
  const doc = document as {
    channels?: Record<string, { address?: string }>;
    operations?: Record<string, { action?: string; channel?: { $ref?: string } }>;
  };
  const produces = new Set<string>();
  const consumes = new Set<string>();
  for (const operation of Object.values(doc.operations ?? {})) {
    const channel = operation.channel?.$ref?.split('/').pop();
    const address = channel ? doc.channels?.[channel]?.address : undefined;
    if (!address) continue;
    if (operation.action === 'send') produces.add(address);
    else if (operation.action === 'receive') consumes.add(address);
  }
  return { produces: [...produces].sort(), consumes: [...consumes].sort() };
}
