import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * This service's local copy of an administrative division, kept from community's division events.
 * No service reads another's schema: this table is how they know division codes.
 */
@Entity({ name: 'division' })
export class DivisionView {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 12 })
  level: string;

  @Column({ name: 'parent_code', type: 'varchar', length: 12, nullable: true })
  parentCode: string | null;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  @Column({ type: 'varchar', length: 10 })
  status: 'active' | 'revoked';

  @Column({ name: 'last_event_id', type: 'uuid' })
  lastEventId: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
