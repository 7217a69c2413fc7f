import { BeforeApplicationShutdown, Logger, OnApplicationBootstrap } from '@nestjs/common';

/**
 * Skeleton of a service's background jobs (payment runs, imports): `wake(id)` starts one job at
 * most once per process, a periodic sweep picks up jobs nobody works on (after a crash or a missed
 * wake-up), and shutdown waits for the jobs in hand. Subclasses say what is pending and how to work.
 */
export abstract class BackgroundWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private readonly active = new Map<string, Promise<void>>();
  private sweeper?: NodeJS.Timeout;
  private stopped = false;

  /** Jobs that need a worker now. */
  protected abstract pending(): Promise<string[]>;
  /** Does (or resumes) one job; it must be safe to run again after an interruption. */
  protected abstract work(id: string): Promise<void>;
  protected abstract sweepIntervalMs(): number;

  onApplicationBootstrap(): void {
    this.sweeper = setInterval(() => void this.sweep(), this.sweepIntervalMs());
    this.sweeper.unref();
    void this.sweep();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.sweeper) clearInterval(this.sweeper);
    await Promise.allSettled(this.active.values());
  }

  /** True once the service is shutting down: jobs stop at their next safe point. */
  protected get stopping(): boolean {
    return this.stopped;
  }

  wake(id: string): Promise<void> {
    const running = this.active.get(id);
    if (running) return running;
    const job = this.work(id)
      .catch((error: unknown) => this.logger.error(`job ${id} failed: ${String(error)}`))
      .finally(() => this.active.delete(id));
    this.active.set(id, job);
    return job;
  }

  async sweep(): Promise<void> {
    if (this.stopped) return;
    try {
      for (const id of await this.pending()) void this.wake(id);
    } catch (error) {
      this.logger.warn(`sweep failed: ${String(error)}`);
    }
  }
}
