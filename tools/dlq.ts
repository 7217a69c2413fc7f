/**
 * The operator's command for parked events (dead letters, `<topic>.dlq`):
 *
 *   npm run -s dlq -- list [--topic community.division.dlq] [--all]
 *   npm run -s dlq -- replay REF --operator NAME --reason TEXT
 *   npm run -s dlq -- discard REF --operator NAME --reason TEXT
 *
 * REF is `<dlqTopic>/<partition>/<offset>` as `list` prints it. `list` shows the events no one has
 * decided on yet (all of them with --all). Every decision is appended to the topic
 * `civic.dlq-decisions` with who, why and when: that log is the audit trail. Brokers come from
 * KAFKA_BROKERS (or --brokers).
 */
import { deadLetters, decideDeadLetter, KafkaGateway } from '@civic/messaging';
import { parseArgs } from 'node:util';
import { OperatorCommand, operatorGateway, runAsCli } from './operator-command';

const USAGE = 'usage: npm run -s dlq -- list [--topic T.dlq] [--all] | replay REF --operator NAME --reason TEXT | discard REF --operator NAME --reason TEXT';

export const dlqCommand: OperatorCommand = async (argv, env, print) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      topic: { type: 'string', multiple: true },
      all: { type: 'boolean', default: false },
      operator: { type: 'string' },
      reason: { type: 'string' },
      brokers: { type: 'string' },
    },
  });
  const [action, ref] = positionals;
  const brokers = (values.brokers ?? env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
  const deciding = action === 'replay' || action === 'discard';
  if (!brokers.length || !['list', 'replay', 'discard'].includes(action) || (deciding && (!ref || !values.operator || !values.reason))) {
    print(USAGE);
    return 2;
  }
  // As the principal KAFKA_SASL_* name, where the broker authenticates.
  const gateway = operatorGateway('civic-dlq-tool', brokers, env);
  if (!(gateway instanceof KafkaGateway)) {
    print(gateway.problems.join('\n'));
    return 2;
  }
  try {
    const topics = values.topic ?? (deciding ? [ref.split('/')[0]] : undefined);
    const parked = await deadLetters(gateway, topics);
    if (action === 'list') {
      for (const { letter, decision } of parked.filter((p) => values.all || !p.decision)) {
        const { headers: _headers, value: _value, ...summary } = letter;
        print(JSON.stringify(decision ? { ...summary, decision } : summary));
      }
      return 0;
    }
    const found = parked.find((p) => p.letter.ref === ref);
    if (!found) {
      print(`no parked event ${ref}`);
      return 1;
    }
    if (found.decision) {
      print(`${ref} was already decided: ${found.decision.action} by ${found.decision.operator} at ${found.decision.at}`);
      return 1;
    }
    const decision = await decideDeadLetter(gateway, found.letter, {
      action: action as 'replay' | 'discard',
      operator: values.operator!,
      reason: values.reason!,
    });
    print(
      `${decision.action === 'replay' ? 'replayed' : 'discarded'} ${ref} (${found.letter.eventType ?? 'unknown type'}, event ${found.letter.eventId ?? '?'})`,
    );
    return 0;
  } finally {
    await gateway.close();
  }
};

if (require.main === module) runAsCli('dlq', dlqCommand);
