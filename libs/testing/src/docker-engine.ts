import { existsSync } from 'node:fs';

/**
 * True when a Docker engine answers, so Testcontainers can be used. Checked cheaply first (a
 * socket or DOCKER_HOST must exist), then by asking Testcontainers itself, which knows every
 * runtime strategy. A `docker` client without an engine answers false.
 */
export async function dockerEngineAnswers(): Promise<boolean> {
  if (process.env.CIVIC_NO_DOCKER === '1') return false;
  if (!process.env.DOCKER_HOST && !existsSync('/var/run/docker.sock')) return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}
