import { KafkaGateway, kafkaSecurityFromEnv } from '@civic/messaging';
import { quietLogger } from '@civic/testing';

/** An operator command: its arguments and environment in, lines out, an exit code back. */
export type OperatorCommand = (argv: string[], env: NodeJS.ProcessEnv, print: (line: string) => void) => Promise<number>;

/** Runs a command as a CLI: prints to stdout, exits with its code, or 1 naming the error. */
export function runAsCli(name: string, command: OperatorCommand): void {
  command(process.argv.slice(2), process.env, (line) => process.stdout.write(`${line}\n`)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${name}: ${String(error)}\n`);
      process.exit(1);
    },
  );
}

/**
 * A Kafka connection for an operator tool, as the principal its environment names (KAFKA_SASL_*,
 * KAFKA_SSL*) where the broker authenticates; or, when those settings are wrong, what is wrong.
 */
export function operatorGateway(clientId: string, brokers: string[], env: NodeJS.ProcessEnv): KafkaGateway | { problems: string[] } {
  const { security, problems } = kafkaSecurityFromEnv(env);
  return problems.length ? { problems } : new KafkaGateway(clientId, brokers, quietLogger, undefined, security);
}
