import { BusinessDate } from '@civic/domain-kernel';
import { readClockShift, writeClockShift } from '@civic/platform';
import { Answer, DemoApi, DemoStepError } from './demo-api';

/** How many of each kind of record the demo made now, and how many it found already there. */
export type DemoTally = Record<string, { created: number; found: number }>;

/**
 * One run of the demo seeding: the API, the sandbox clock the services read, what was made, and
 * where progress goes. Every record is made only when it is not there yet (`ensure`), so a second
 * run adds nothing.
 */
export class DemoRun {
  readonly tally: DemoTally = {};
  /** Ids of what the demo made or found, by name, for later steps and the summary. */
  readonly ids: Record<string, string> = {};
  private readonly realOffsetMs: number;

  constructor(
    readonly api: DemoApi,
    private readonly clockFile: string,
    readonly log: (line: string) => void,
  ) {
    this.realOffsetMs = readClockShift(clockFile).offsetMs;
  }

  /** The record `find` finds, else the one `create` makes; counted either way under `kind`. */
  async ensure<T>(kind: string, find: () => Promise<T | undefined>, create: () => Promise<T>): Promise<T> {
    const count = (this.tally[kind] ??= { created: 0, found: 0 });
    const existing = await find();
    if (existing !== undefined) {
      count.found += 1;
      return existing;
    }
    const made = await create();
    count.created += 1;
    return made;
  }

  /**
   * For records the API cannot look up: made by `create`, or already there when the service
   * answers 409 (a second registration of the same thing). Returns the body when made.
   */
  async ensureUnique<T = any>(kind: string, create: () => Promise<Answer<T>>, step: string): Promise<T | undefined> {
    const count = (this.tally[kind] ??= { created: 0, found: 0 });
    const answer = await create();
    if (answer.status === 409) {
      count.found += 1;
      return undefined;
    }
    if (answer.status >= 300) throw new DemoStepError(step, answer);
    count.created += 1;
    return answer.body;
  }

  /** Polls `done` (every 300 ms, up to `timeoutMs`) until it holds: other services learn through Kafka, a moment later. */
  async waitUntil(what: string, done: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await done())) {
      if (Date.now() > deadline) throw new Error(`demo: ${what} did not happen within ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }

  /** Today as the services see it (the sandbox clock, the bureau's Asia/Shanghai date), as YYYY-MM-DD. */
  today(): string {
    return BusinessDate.fromInstant(new Date(Date.now() + readClockShift(this.clockFile).offsetMs)).toString();
  }

  /**
   * Runs `steps` with the services' clock `days` before where it stood when the run began (a notice
   * placed in the past), then puts it back, also when a step fails.
   */
  async daysAgo<T>(days: number, steps: () => Promise<T>): Promise<T> {
    writeClockShift(this.clockFile, {
      offsetMs: this.realOffsetMs - days * 86_400_000,
      movedAt: new Date().toISOString(),
      reason: 'demo: records dated in the past',
    });
    try {
      return await steps();
    } finally {
      writeClockShift(this.clockFile, { offsetMs: this.realOffsetMs, movedAt: new Date().toISOString(), reason: 'demo: back to where it stood' });
    }
  }

  /** The business date `days` before the run's today (YYYY-MM-DD; negative: after). */
  dateDaysAgo(days: number): string {
    return BusinessDate.fromInstant(new Date(Date.now() + this.realOffsetMs - days * 86_400_000)).toString();
  }
}
