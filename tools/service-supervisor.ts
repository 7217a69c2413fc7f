import { ChildProcess, spawn } from 'node:child_process';

export interface SupervisedOptions {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  /** First wait before a restart; doubles per crash in a row, up to maxBackoffMs. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** A run this long counts as healthy: the next crash restarts after the first wait again. */
  stableAfterMs?: number;
  /** Crashes in a row, each before stableAfterMs, after which the service is given up on. */
  maxQuickCrashes?: number;
  /** Told when the service is given up on (it keeps crashing as soon as it starts). */
  onGiveUp?: (name: string) => void;
  /** Where the service's output goes: this process's stdout and stderr (default), or both to stderr. */
  output?: 'inherit' | 'stderr';
}

/**
 * One service process of `npm start`: restarted with backoff when it crashes, while the others go
 * on serving; stopped with SIGTERM, then SIGKILL past a deadline. A process that already exited
 * (killed by a signal, or crashed) is never waited for again.
 */
export class SupervisedService {
  private child?: ChildProcess;
  private exited?: Promise<void>;
  private stopping = false;
  private restartTimer?: NodeJS.Timeout;
  private quickCrashes = 0;
  private backoffMs: number;
  restarts = 0;

  constructor(private readonly options: SupervisedOptions) {
    this.backoffMs = options.initialBackoffMs ?? 1_000;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(): void {
    if (this.stopping) return;
    const startedAt = Date.now();
    const out = this.options.output === 'stderr' ? 2 : 'inherit';
    const child = spawn(this.options.command, this.options.args, { env: this.options.env, stdio: ['ignore', out, 'inherit'] });
    this.child = child;
    this.options.log(`${this.options.name} started (pid ${child.pid})`);
    this.exited = new Promise<void>((resolve) => {
      child.once('exit', (code, signal) => {
        resolve();
        if (this.stopping) return;
        this.onCrash(code, signal, Date.now() - startedAt);
      });
      // A process that could not be spawned at all emits 'error' and no 'exit'.
      child.once('error', (error) => {
        this.options.log(`${this.options.name} could not start: ${error.message}`);
        resolve();
      });
    });
  }

  /** Stops the process (if it runs) within deadlineMs: SIGTERM, then SIGKILL. Never restarts it afterwards. */
  async stop(deadlineMs: number): Promise<void> {
    this.stopping = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), deadlineMs)));
    if ((await Promise.race([this.exited!.then(() => 'exited' as const), late])) === 'late') {
      this.options.log(`${this.options.name} did not stop within ${deadlineMs} ms; killing it`);
      child.kill('SIGKILL');
      await this.exited;
    }
    clearTimeout(timer);
  }

  private onCrash(code: number | null, signal: NodeJS.Signals | null, ranMs: number): void {
    const stable = ranMs >= (this.options.stableAfterMs ?? 60_000);
    if (stable) {
      this.quickCrashes = 0;
      this.backoffMs = this.options.initialBackoffMs ?? 1_000;
    } else if (++this.quickCrashes >= (this.options.maxQuickCrashes ?? 5)) {
      this.options.log(`${this.options.name} crashed ${this.quickCrashes} times in a row right after starting; giving up on it`);
      this.options.onGiveUp?.(this.options.name);
      return;
    }
    const wait = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, this.options.maxBackoffMs ?? 30_000);
    this.options.log(`${this.options.name} exited (${signal ?? `code ${code}`}); restarting in ${wait} ms`);
    this.restartTimer = setTimeout(() => {
      this.restarts += 1;
      this.start();
    }, wait);
  }
}
