/**
 * The broker's ACLs for the platform, derived from the committed AsyncAPI documents: each service's
 * principal (`User:<service>`) writes only the topics it produces and reads only those it consumes,
 * in consumer groups `<service>.*`; the operator's (`User:civic-operator`) serves the DLQ tool.
 *
 *   npm run -s kafka-acls                 prints them, one a line
 *   npm run -s kafka-acls -- --apply      creates them on KAFKA_BROKERS, connecting as the
 *                                         administrator named by KAFKA_SASL_* (and KAFKA_SSL)
 *
 * Creating is idempotent; ACLs of a topic no document names any more are left for the operator.
 */
import { applyKafkaAcls, KafkaGateway, kafkaSecurityFromEnv, platformAcls } from '@civic/messaging';
import { committedServiceTopics, quietLogger } from '@civic/testing';
import { parseArgs } from 'node:util';
import { OperatorCommand, runAsCli } from './operator-command';

export const kafkaAclsCommand: OperatorCommand = async (argv, env, print) => {
  const { values } = parseArgs({ args: argv, options: { apply: { type: 'boolean', default: false } } });
  const acls = platformAcls(committedServiceTopics());
  for (const a of acls) print(`${a.principal} ${a.operation} ${a.resource} ${a.name}${a.pattern === 'prefixed' ? '*' : ''}`);
  if (!values.apply) return 0;
  const brokers = (env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
  const { security, problems } = kafkaSecurityFromEnv(env);
  if (!brokers.length || problems.length || !security.sasl) {
    print(`--apply needs KAFKA_BROKERS and the administrator's KAFKA_SASL_* settings${problems.length ? `: ${problems.join('; ')}` : ''}`);
    return 2;
  }
  const gateway = new KafkaGateway('civic-acl-tool', brokers, quietLogger, undefined, security);
  try {
    await applyKafkaAcls(gateway, acls);
  } finally {
    await gateway.close();
  }
  print(`${acls.length} ACLs created on ${brokers.join(',')}`);
  return 0;
};

if (require.main === module) runAsCli('kafka-acls', kafkaAclsCommand);
