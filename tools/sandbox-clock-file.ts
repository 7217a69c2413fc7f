import { repoRoot } from '@civic/testing';
import { join } from 'node:path';

/** Where npm start's services and `npm run clock` keep the sandbox clock: CIVIC_CLOCK_FILE, else beside the platform's data. */
export function sandboxClockFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.CIVIC_CLOCK_FILE || join(repoRoot(), '.cache', 'platform', 'clock.json');
}
