import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'division' })
export class DivisionRecord {
  @PrimaryColumn({ type: 'varchar', length: 12 }) code: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ type: 'varchar', length: 12 }) level: string;
  @Column({ name: 'parent_code', type: 'varchar', length: 12, nullable: true }) parentCode: string | null;
  @Column({ name: 'valid_from', type: 'date' }) validFrom: string;
  @Column({ name: 'valid_to', type: 'date', nullable: true }) validTo: string | null;
  @Column({ type: 'varchar', length: 10 }) status: string;
  @Column({ type: 'integer' }) version: number;
}

/** One row per change: the history of names and validity (沿革) an auditor or archivist reads. */
@Entity({ name: 'division_history' })
export class DivisionHistoryRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'varchar', length: 12 }) code: string;
  @Column({ type: 'integer' }) version: number;
  @Column({ type: 'varchar', length: 12 }) change: string;
  @Column({ type: 'varchar', length: 100 }) name: string;
  @Column({ name: 'previous_name', type: 'varchar', length: 100, nullable: true }) previousName: string | null;
  @Column({ name: 'effective_date', type: 'date' }) effectiveDate: string;
  @Column({ type: 'varchar', length: 500, nullable: true }) reason: string | null;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt: Date;
  @Column({ name: 'recorded_by', type: 'varchar', length: 200 }) recordedBy: string;
}
