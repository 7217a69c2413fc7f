import type { Clock } from '@civic/domain-kernel';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** What the clock file holds: how far the sandbox's time is from real time, and who moved it. */
export interface ClockShift {
  offsetMs: number;
  movedAt?: string;
  reason?: string;
}

/**
 * Time for training and demos, never production (the setting is refused with NODE_ENV=production):
 * real time moved by the offset in a file that every service of a sandbox reads (`CIVIC_CLOCK_FILE`,
 * written by `npm run clock` and the demo). The file is looked at on every reading, so once it is
 * replaced every service's next "now" is the new time: a notice can be placed in the past, or a
 * week pass, with nothing restarted. No file is no offset.
 */
export class SandboxClock implements Clock {
  private seen?: string;
  private offsetMs = 0;

  constructor(private readonly file: string) {}

  now(): Date {
    this.refresh();
    return new Date(Date.now() + this.offsetMs);
  }

  /** The offset in force now (ms). */
  offset(): number {
    this.refresh();
    return this.offsetMs;
  }

  private refresh(): void {
    let version: string;
    try {
      const stat = statSync(this.file);
      version = `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
    } catch {
      this.seen = undefined;
      this.offsetMs = 0;
      return;
    }
    if (version === this.seen) return;
    this.offsetMs = readClockShift(this.file).offsetMs;
    this.seen = version;
  }
}

/** The shift a clock file holds (no file: none); a file that is not one is an error naming it. */
export function readClockShift(file: string): ClockShift {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { offsetMs: 0 };
  }
  const shift = JSON.parse(text) as ClockShift;
  if (!Number.isSafeInteger(shift?.offsetMs)) throw new Error(`${file} is not a clock file: offsetMs must be a whole number of milliseconds`);
  return shift;
}

/** Replaces the clock file at once (write aside, then rename), so no service ever reads half of it. */
export function writeClockShift(file: string, shift: ClockShift): void {
  mkdirSync(dirname(file), { recursive: true });
  const aside = `${file}.${process.pid}.tmp`;
  writeFileSync(aside, `${JSON.stringify(shift)}\n`);
  renameSync(aside, file);
}

const UNIT_MS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000 };

/** `+7d`, `-8d`, `+36h`, `+90m`: a move of the clock in ms; anything else is refused with the forms it takes. */
export function parseClockMove(text: string): number {
  const match = /^([+-])(\d{1,5})([dhm])$/.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a clock move: use +7d, -8d, +36h or +90m`);
  return (match[1] === '-' ? -1 : 1) * Number(match[2]) * UNIT_MS[match[3]];
}
