import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Infrastructure } from '../infrastructure';
import { repoRoot } from '../repo-root';

/**
 * Stops the run's Postgres and Kafka. With CIVIC_TOPIC_CHECK=1 (the full suite, tools/test-all.sh)
 * it first reads every topic the tests filled and checks each message against the services'
 * AsyncAPI documents from Python; a message that breaks them fails the run.
 */
export default async function globalTeardown(): Promise<void> {
  const infrastructure = (globalThis as Record<string, unknown>).__civicInfrastructure as Infrastructure | undefined;
  try {
    if (infrastructure && process.env.CIVIC_TOPIC_CHECK === '1') {
      process.stdout.write('\n=== every topic against the AsyncAPI documents (Python consumer)\n');
      execFileSync('bash', [join(repoRoot(), 'tools', 'contract-checks', 'topics.sh'), infrastructure.kafkaBrokers], { stdio: 'inherit' });
    }
  } finally {
    await infrastructure?.stop();
  }
}
