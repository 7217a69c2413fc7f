/**
 * The sandbox clock of `npm start` (training and demos; refused with NODE_ENV=production):
 *   npm run -s clock                      what time the services see now
 *   npm run -s clock -- +7d [--reason T]  move it (+7d, -8d, +36h, +90m), from where it stands
 *   npm run -s clock -- reset             back to real time
 *   npm run -s clock -- --date            just the sandbox's business date (Asia/Shanghai, YYYY-MM-DD), for scripts
 * The running services read the file on their next "now": nothing restarts.
 */
import { BusinessDate } from '@civic/domain-kernel';
import { parseClockMove, readClockShift, writeClockShift } from '@civic/platform';
import { parseArgs } from 'node:util';
import { sandboxClockFile } from './sandbox-clock-file';

function main(): void {
  if (process.env.NODE_ENV === 'production') fail('the sandbox clock is for development and training: refused with NODE_ENV=production');
  const { values, positionals } = parseArgs({
    options: { reason: { type: 'string' }, date: { type: 'boolean' } },
    allowPositionals: true,
    allowNegative: false,
    args: withMoves(process.argv.slice(2)),
  });
  const file = sandboxClockFile();
  const [move] = positionals;
  try {
    const current = readClockShift(file);
    if (move !== undefined) {
      const offsetMs = move === 'reset' ? 0 : current.offsetMs + parseClockMove(move);
      writeClockShift(file, { offsetMs, movedAt: new Date().toISOString(), ...(values.reason ? { reason: values.reason } : {}) });
    }
    const { offsetMs } = readClockShift(file);
    if (values.date) {
      process.stdout.write(`${BusinessDate.fromInstant(new Date(Date.now() + offsetMs)).toString()}\n`);
      return;
    }
    const days = offsetMs / 86_400_000;
    process.stdout.write(
      `sandbox time ${new Date(Date.now() + offsetMs).toISOString()} (${offsetMs === 0 ? 'real time' : `${days >= 0 ? '+' : ''}${Number(days.toFixed(3))} days from real time`}); ${file}\n`,
    );
  } catch (error) {
    fail((error as Error).message);
  }
}

/** `-8d` is a move, not an option: put it after `--` so parseArgs takes it as a positional. */
function withMoves(args: string[]): string[] {
  const moves = args.filter((a) => /^[+-]\d+[dhm]$/.test(a));
  return [...args.filter((a) => !moves.includes(a)), '--', ...moves];
}

function fail(message: string): never {
  process.stderr.write(`clock: ${message}\n`);
  process.exit(2);
}

main();
