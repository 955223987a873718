import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type RedatingWindow } from '../domain/clock-redating';
import { Dossier } from '../dossier.entity';

// Open = received, neither resolved nor ended: the predicate of the partial index
// IDX_dossiers_open_due_at, written the same way so that the planner uses it. Imported legacy
// dossiers keep the deadlines their system gave them (they have no clock to replay).
const OPEN =
  'd.received_at IS NOT NULL AND d.resolved_at IS NULL AND d.ended_at IS NULL AND d.imported_at IS NULL';

export interface RedatingCandidate {
  readonly id: string;
  readonly receivingAgencyId: string;
}

// Re-dating looks at this many dossiers per transaction: short lock times for the desks.
export const REDATING_BATCH_SIZE = 200;

export function splitIntoBatches<T>(items: readonly T[]): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += REDATING_BATCH_SIZE) {
    batches.push(items.slice(start, start + REDATING_BATCH_SIZE));
  }
  return batches;
}

export type OpenDossierClock = Pick<
  Dossier,
  'id' | 'code' | 'status' | 'receivingAgencyId' | 'dueAt' | 'appointmentAt' | 'clock'
>;

export interface RedatedColumns {
  readonly id: string;
  readonly clock: object;
  readonly dueAt: Date;
  readonly appointmentAt: Date;
}

// Queries of the re-dating after a calendar change.
@Injectable()
export class DeadlineRecomputeRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  // Open dossiers of the window, received by an agency of its subtree (any agency when null). A
  // snapshot taken outside any transaction; each batch checks "open" again under its lock.
  async findCandidates(query: RedatingWindow): Promise<RedatingCandidate[]> {
    const builder = this.dataSource
      .getRepository(Dossier)
      .createQueryBuilder('d')
      .select(['d.id', 'd.receivingAgencyId'])
      .where(OPEN)
      .andWhere('d.due_at >= :dueFrom', { dueFrom: new Date(query.dueFromMs) });
    if (query.receivedBeforeMs !== null) {
      builder.andWhere('d.received_at < :receivedBefore', {
        receivedBefore: new Date(query.receivedBeforeMs),
      });
    }
    if (query.agencyId !== null) {
      builder.andWhere(
        'd.receiving_agency_id IN (SELECT c.descendant_id FROM agency_closure c WHERE c.ancestor_id = :root)',
        { root: query.agencyId },
      );
    }
    const rows = await builder.orderBy('d.id', 'ASC').getMany();
    return rows.map(({ id, receivingAgencyId }) => ({ id, receivingAgencyId }));
  }

  // For a preview: read, not locked.
  findOpen(ids: readonly string[]): Promise<OpenDossierClock[]> {
    return selectOpen(this.dataSource.manager, ids).getMany();
  }

  // In the caller's transaction, locked in id order (two runs over the same rows queue, never
  // deadlock); a dossier resolved or ended since the snapshot is left out.
  lockOpen(ids: readonly string[]): Promise<OpenDossierClock[]> {
    return selectOpen(this.txHost.tx, ids).setLock('pessimistic_write').getMany();
  }

  // One statement per batch. The version goes up: a client holding the old dates gets 409.
  async saveRedated(rows: readonly RedatedColumns[], now: Date): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    await this.txHost.tx.query(
      `UPDATE dossiers AS d
       SET clock = v.clock, due_at = v.due_at, appointment_at = v.appointment_at,
           row_version = d.row_version + 1, updated_at = $2
       FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, clock jsonb, due_at timestamptz, appointment_at timestamptz)
       WHERE d.id = v.id`,
      [
        JSON.stringify(
          rows.map((row) => ({
            id: row.id,
            clock: row.clock,
            due_at: row.dueAt.toISOString(),
            appointment_at: row.appointmentAt.toISOString(),
          })),
        ),
        now,
      ],
    );
  }

  // Only the clock's provisional mark changes: nothing a reader sees, so the version stays and a
  // client's pending action still applies (it reloads the clock under its own lock).
  async saveConfirmed(rows: ReadonlyArray<{ readonly id: string; readonly clock: object }>): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    await this.txHost.tx.query(
      `UPDATE dossiers AS d SET clock = v.clock
       FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, clock jsonb)
       WHERE d.id = v.id`,
      [JSON.stringify(rows)],
    );
  }
}

function selectOpen(manager: EntityManager, ids: readonly string[]): SelectQueryBuilder<Dossier> {
  return manager
    .getRepository(Dossier)
    .createQueryBuilder('d')
    .select(['d.id', 'd.code', 'd.status', 'd.receivingAgencyId', 'd.dueAt', 'd.appointmentAt', 'd.clock'])
    .where('d.id IN (:...ids)', { ids })
    .andWhere(OPEN)
    .orderBy('d.id', 'ASC');
}
