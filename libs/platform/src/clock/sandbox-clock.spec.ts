import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseClockMove, readClockShift, SandboxClock, writeClockShift } from './sandbox-clock';

describe('the sandbox clock (training and demos only)', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'civic-clock-')), 'clock.json');
  const near = (actual: Date, expectedMs: number) => expect(Math.abs(actual.getTime() - expectedMs)).toBeLessThan(5_000);

  it('is real time while there is no clock file', () => {
    near(new SandboxClock(join(file, '..', 'none.json')).now(), Date.now());
  });

  it('follows the file as soon as it is replaced: a week back, then a week ahead, then real time again', () => {
    const clock = new SandboxClock(file);
    writeClockShift(file, { offsetMs: -7 * 86_400_000 });
    near(clock.now(), Date.now() - 7 * 86_400_000);
    writeClockShift(file, { offsetMs: 7 * 86_400_000, reason: 'training: a week passes' });
    near(clock.now(), Date.now() + 7 * 86_400_000);
    expect(clock.offset()).toBe(7 * 86_400_000);
    writeClockShift(file, { offsetMs: 0 });
    near(clock.now(), Date.now());
  });

  it('reads moves in days, hours and minutes, and refuses anything else', () => {
    expect(parseClockMove('+7d')).toBe(7 * 86_400_000);
    expect(parseClockMove('-8d')).toBe(-8 * 86_400_000);
    expect(parseClockMove('+36h')).toBe(36 * 3_600_000);
    expect(parseClockMove('+90m')).toBe(90 * 60_000);
    for (const bad of ['7d', '+7w', '+', '+1.5d', 'tomorrow']) expect(() => parseClockMove(bad)).toThrow(/is not a clock move/);
  });

  it('refuses a file that is not a clock file, naming it', () => {
    writeClockShift(file, { offsetMs: 1.5 } as never);
    expect(() => readClockShift(file)).toThrow(/is not a clock file/);
  });
});
