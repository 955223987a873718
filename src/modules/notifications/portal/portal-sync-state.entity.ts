import { Column, Entity, PrimaryColumn } from 'typeorm';

// The last status of a dossier the national public service portal acknowledged: sync is ordered
// per dossier (outbox order), and an event at or before this one is never sent again.
@Entity('portal_sync_states')
export class PortalSyncState {
  @PrimaryColumn('uuid')
  dossierId!: string;

  @Column({ type: 'bigint' })
  lastOutboxEventId!: string;

  @Column({ type: 'varchar', length: 40 })
  lastStatus!: string;

  @Column({ type: 'smallint' })
  lastNationalStatusCode!: number;

  @Column({ type: 'timestamptz' })
  syncedAt!: Date;
}
