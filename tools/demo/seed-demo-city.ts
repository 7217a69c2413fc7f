import { DemoApi } from './demo-api';
import { DemoRun, DemoTally } from './demo-run';
import { seedAssistance } from './seed-assistance';
import { seedCharity } from './seed-charity';
import { seedChildWelfare } from './seed-child-welfare';
import { seedCommunity } from './seed-community';
import { seedEldercare } from './seed-eldercare';
import { seedFuneral } from './seed-funeral';
import { seedRegistration } from './seed-registration';

/** What the demo's token may do: everything, citizen IDs unmasked (its reads are audited as any). */
export const DEMO_ROLES = ['platform:admin', '*:personal-data.read'];

/** The contexts in the order their records depend on each other (community's divisions first, funeral's death last). */
const SEEDERS: [string, (run: DemoRun) => Promise<void>][] = [
  ['community', seedCommunity],
  ['assistance', seedAssistance],
  ['eldercare', seedEldercare],
  ['child-welfare', seedChildWelfare],
  ['registration', seedRegistration],
  ['charity', seedCharity],
  ['funeral', seedFuneral],
];

/**
 * Populates a started platform with the demo city through its public APIs, every context in turn,
 * and says what it made. Idempotent: what is there already is found, not made again.
 */
export async function seedDemoCity(options: {
  baseUrls: Record<string, string>;
  token: string;
  clockFile: string;
  log: (line: string) => void;
}): Promise<{ tally: DemoTally; ids: Record<string, string> }> {
  const run = new DemoRun(new DemoApi(options.baseUrls, options.token), options.clockFile, options.log);
  for (const [context, seed] of SEEDERS) {
    const started = Date.now();
    options.log(`${context} …`);
    await seed(run);
    const made = Object.entries(run.tally).filter(([kind]) => kind.startsWith(`${context}:`));
    options.log(
      `${context} done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${made.map(([kind, c]) => `${kind.slice(context.length + 2)} ${c.created} new, ${c.found} there`).join('; ')}`,
    );
  }
  return { tally: run.tally, ids: run.ids };
}
