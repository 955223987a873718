import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { type DossierClassification } from '../domain';
import { type RouteStepState } from '../domain/route-progress';
import { DossierStep } from './dossier-step.entity';

// A dossier's route steps as the pure states of route-progress.ts, read and written in the
// caller's transaction (an action, or a calendar change's re-dating).
@Injectable()
export class RouteStepStore {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async load(dossierId: string): Promise<RouteStepState[]> {
    const rows = await this.txHost.tx
      .getRepository(DossierStep)
      .find({ where: { dossierId }, order: { sequence: 'ASC', attempt: 'ASC', agencyId: 'ASC' } });
    return rows.map(toState);
  }

  // New states (no id) are inserted; states that are not the loaded objects changed and are updated.
  async save(
    dossierId: string,
    before: readonly RouteStepState[],
    after: readonly RouteStepState[],
  ): Promise<void> {
    const repository = this.txHost.tx.getRepository(DossierStep);
    const unchanged = new Set(before);
    const inserts = after.filter((step) => step.id === undefined).map((step) => toColumns(dossierId, step));
    if (inserts.length > 0) {
      await repository.insert(inserts);
    }
    for (const step of after) {
      if (step.id !== undefined && !unchanged.has(step)) {
        await repository.update({ id: step.id }, toColumns(dossierId, step));
      }
    }
  }
}

function toState(row: DossierStep): RouteStepState {
  return {
    id: row.id,
    sequence: row.sequence,
    attempt: row.attempt,
    agencyId: row.agencyId,
    agencyLabel: row.agencyLabel,
    levelCode: row.levelCode,
    task: row.task,
    isLead: row.isLead,
    allotted: row.allotted as RouteStepState['allotted'],
    status: row.status as RouteStepState['status'],
    plannedDueAtMs: row.plannedDueAt.getTime(),
    startedAtMs: row.startedAt?.getTime() ?? null,
    dueAtMs: row.dueAt?.getTime() ?? null,
    completedAtMs: row.completedAt?.getTime() ?? null,
    result: row.result as DossierClassification | null,
  };
}

const dateOrNull = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));

type StepColumns = Omit<DossierStep, 'id' | 'dossier' | 'agency' | 'completedById'>;

function toColumns(dossierId: string, step: RouteStepState): StepColumns {
  return {
    dossierId,
    sequence: step.sequence,
    attempt: step.attempt,
    agencyId: step.agencyId,
    agencyLabel: step.agencyLabel,
    levelCode: step.levelCode,
    task: step.task,
    isLead: step.isLead,
    allotted: step.allotted,
    status: step.status,
    plannedDueAt: new Date(step.plannedDueAtMs),
    startedAt: dateOrNull(step.startedAtMs),
    dueAt: dateOrNull(step.dueAtMs),
    completedAt: dateOrNull(step.completedAtMs),
    result: step.result,
  };
}
