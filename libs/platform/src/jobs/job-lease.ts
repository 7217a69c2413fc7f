import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * A lease on one job across every replica of a service: a session-level Postgres advisory lock,
 * held on a connection of its own while the job runs. It needs no expiry to tune: Postgres drops it
 * when the holder's connection ends, so a replica that crashed mid-job frees it for another to
 * resume. Locks live in the service's database, so two services never contend.
 */
@Injectable()
export class JobLease {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` holding the lease `key`; false, without running it, when another holder has it. */
  async holding(key: string, work: () => Promise<void>): Promise<boolean> {
    const connection = this.dataSource.createQueryRunner();
    await connection.connect();
    try {
      const [{ leased }] = await connection.query('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS leased', [key]);
      if (!leased) return false;
      try {
        await work();
      } finally {
        await connection.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]).catch(() => undefined);
      }
      return true;
    } finally {
      await connection.release();
    }
  }
}
