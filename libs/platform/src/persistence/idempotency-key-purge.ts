import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ServiceConfig } from '../config/service-config';
import { SERVICE_CONFIG } from '../tokens';

/** How often expired idempotency records are removed, and how many one statement removes. */
const PURGE_INTERVAL_MS = 3_600_000;
const PURGE_BATCH = 5_000;

/**
 * Idempotency records are kept for `IDEMPOTENCY_KEY_RETENTION_H` (a retry window, not an archive:
 * the audit log is the record) and then purged, hourly and in short batches so the table stays
 * small and no purge holds locks for long. Every replica may purge; the deletes do not conflict.
 */
@Injectable()
export class IdempotencyKeyPurge implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('IdempotencyKeyPurge');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.purgeLogged(), PURGE_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Removes every record older than the retention; returns how many. */
  async purge(): Promise<number> {
    let removed = 0;
    for (;;) {
      const [, count] = (await this.dataSource.query(
        `DELETE FROM idempotency_key WHERE ctid = ANY (ARRAY(
           SELECT ctid FROM idempotency_key WHERE created_at < now() - make_interval(hours => $1) LIMIT ${PURGE_BATCH}))`,
        [this.config.idempotencyKeyRetentionH],
      )) as [unknown, number];
      removed += count;
      if (count < PURGE_BATCH) return removed;
    }
  }

  private async purgeLogged(): Promise<void> {
    try {
      const removed = await this.purge();
      if (removed) this.logger.log(`purged ${removed} idempotency records older than ${this.config.idempotencyKeyRetentionH} h`);
    } catch (error) {
      this.logger.warn(`idempotency purge failed, retried next hour: ${String(error)}`);
    }
  }
}
