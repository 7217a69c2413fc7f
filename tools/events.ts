/**
 * The platform's events, readable, for an integrator without a Kafka tool:
 *
 *   npm run -s events -- --list                                every topic with the events it holds
 *   npm run -s events -- --topic funeral.death-record [--last 20] [--show-personal-data]
 *
 * Each event with where it lies (partition, offset), its CloudEvents headers, its key and its
 * payload as indented JSON, oldest first; `--last N` keeps the newest N (0: all). Citizen ID
 * numbers are masked unless --show-personal-data. Brokers: --brokers, else KAFKA_BROKERS, else the
 * broker `npm start` runs (127.0.0.1:9094, or CIVIC_KAFKA_PORT); KAFKA_SASL_* name the principal.
 */
import { ALL_EVENT_CONTRACTS, deadLetterTopicOf } from '@civic/contracts';
import { maskCitizenId } from '@civic/domain-kernel';
import { DLQ_DECISIONS_TOPIC, KafkaGateway, readTopicsToEnd, textHeaders } from '@civic/messaging';
import { parseArgs } from 'node:util';
import { OperatorCommand, operatorGateway, runAsCli } from './operator-command';

const USAGE = 'usage: npm run -s events -- --list | --topic TOPIC [--last 20] [--show-personal-data] [--brokers HOST:PORT]';

/** Every topic the platform writes: each contract's, its dead letters, and the operators' decisions on them. */
export function platformTopics(): string[] {
  const topics = [...new Set(ALL_EVENT_CONTRACTS.map((c) => c.topic))].sort();
  return [...topics, ...topics.map(deadLetterTopicOf), DLQ_DECISIONS_TOPIC];
}

export const eventsCommand: OperatorCommand = async (argv, env, print) => {
  const { values } = parseArgs({
    args: argv,
    options: {
      list: { type: 'boolean', default: false },
      topic: { type: 'string' },
      last: { type: 'string', default: '20' },
      'show-personal-data': { type: 'boolean', default: false },
      brokers: { type: 'string' },
    },
  });
  const last = Number(values.last);
  if ((!values.list && !values.topic) || !Number.isInteger(last) || last < 0) {
    print(USAGE);
    return 2;
  }
  const topics = platformTopics();
  if (values.topic && !topics.includes(values.topic)) {
    print(`no platform topic "${values.topic}"; the topics are:\n  ${topics.join('\n  ')}`);
    return 2;
  }
  const brokers = (values.brokers ?? env.KAFKA_BROKERS ?? `127.0.0.1:${env.CIVIC_KAFKA_PORT ?? 9094}`).split(',').filter(Boolean);
  // As the principal KAFKA_SASL_* name, where the broker authenticates.
  const gateway = operatorGateway('civic-events-tool', brokers, env);
  if (!(gateway instanceof KafkaGateway)) {
    print(gateway.problems.join('\n'));
    return 2;
  }
  try {
    if (values.list) {
      const sizes = await gateway.topicSizes(topics);
      for (const topic of topics) if (!topic.endsWith('.dlq') || sizes.get(topic)) print(`${String(sizes.get(topic) ?? 0).padStart(8)}  ${topic}`);
      return 0;
    }
    const events = (await readTopicsToEnd(gateway, [values.topic!]))
      .map(({ topic, partition, message }) => ({
        topic,
        partition,
        offset: message.offset,
        key: message.key?.toString() ?? '',
        headers: textHeaders(message.headers),
        value: message.value?.toString() ?? '',
      }))
      .sort((a, b) => (a.headers.ce_time ?? '').localeCompare(b.headers.ce_time ?? '') || a.partition - b.partition || Number(a.offset) - Number(b.offset));
    const shown = last === 0 ? events : events.slice(-last);
    const mask = values['show-personal-data'] ? (text: string) => text : maskCitizenId;
    print(`${values.topic}: ${events.length} event(s)${shown.length < events.length ? `, the newest ${shown.length} shown (--last 0: all)` : ''}`);
    for (const event of shown) print(mask(readable(event)));
    return 0;
  } finally {
    await gateway.close();
  }
};

/** One event as an integrator reads it: where, what, which, and the payload indented. */
function readable(event: { topic: string; partition: number; offset: string; key: string; headers: Record<string, string>; value: string }): string {
  const { ce_type, ce_id, ce_time, ce_source, ce_subject, ...rest } = event.headers;
  let payload = event.value;
  try {
    payload = JSON.stringify(JSON.parse(event.value), null, 2);
  } catch {
    // not JSON (a foreign producer's message): shown as it came
  }
  return [
    '',
    `── ${event.topic} partition ${event.partition} offset ${event.offset}  ${ce_time ?? ''}`,
    `   type     ${ce_type ?? '(no ce_type header)'}`,
    `   id       ${ce_id ?? ''}`,
    `   source   ${ce_source ?? ''}    subject ${ce_subject ?? ''}    key ${event.key}`,
    ...Object.entries(rest).map(([name, value]) => `   ${name.padEnd(8)} ${value}`),
    ...payload.split('\n').map((line) => `   ${line}`),
  ].join('\n');
}

if (require.main === module) runAsCli('events', eventsCommand);
