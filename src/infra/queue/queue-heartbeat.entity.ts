import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

// One row per heartbeat job: proves end to end that the queue delivers and a processor runs.
@Entity('queue_heartbeats')
export class QueueHeartbeat {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  mode!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt!: Date | null;
}
