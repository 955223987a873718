import { TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { type WorkingCalendar } from '../../calendar/domain/engine';
import { ProcedureCatalog } from '../../catalog';
import { AgencyAccessService, type Principal } from '../../identity';
import {
  cancelRoute,
  completeParticipantStep,
  finishRoute,
  forwardToNextGroup,
  restartActiveSteps,
  resumeActiveSteps,
  returnToPreviousGroup,
  type RouteMove,
  type RouteStepState,
  startRoute,
} from '../domain/route-progress';
import { type DossierAction, type DossierClassification, type DossierClock } from '../domain';
import { type Dossier } from '../dossier.entity';
import { findImplementationAt } from '../intake/intake-plan';
import { procedureNotInForce } from '../intake/intake.errors';
import { type DossierActionDto } from '../workflow/dossier-action.dto';
import { DossierStep } from './dossier-step.entity';
import { RouteAgencyResolver } from './route-agency-resolver';

// An action about to be applied to a dossier, with its steps as loaded and the clock before it.
export interface RouteActionContext {
  readonly actor: Principal;
  readonly dossier: Dossier;
  readonly steps: readonly RouteStepState[];
  readonly action: DossierAction;
  readonly input: DossierActionDto;
  readonly cal: WorkingCalendar;
  readonly clockBefore: DossierClock | null;
  readonly nowMs: number;
}

export interface RouteOutcome extends RouteMove {
  readonly started: boolean;
}

// The database side of inter-agency routes: loads a dossier's steps, applies the pure move of
// route-progress.ts for the action, and writes back what changed, inside the action's transaction.
@Injectable()
export class RouteStepsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly catalog: ProcedureCatalog,
    private readonly resolver: RouteAgencyResolver,
    private readonly access: AgencyAccessService,
  ) {}

  async load(dossierId: string): Promise<RouteStepState[]> {
    const rows = await this.txHost.tx
      .getRepository(DossierStep)
      .find({ where: { dossierId }, order: { sequence: 'ASC', attempt: 'ASC', agencyId: 'ASC' } });
    return rows.map(toState);
  }

  // The agencies of the dossier's open steps the actor may act for (a parallel participant).
  async participantAgencies(actor: Principal, steps: readonly RouteStepState[]): Promise<Set<string>> {
    const mine = new Set<string>();
    for (const step of steps) {
      if (step.status === 'ACTIVE' && (await this.access.isAllowed(actor, step.agencyId, 'act'))) {
        mine.add(step.agencyId);
      }
    }
    return mine;
  }

  async apply(move: RouteActionContext): Promise<RouteOutcome | null> {
    const decided = await this.decide(move);
    if (!decided) {
      return null;
    }
    await this.save(move.dossier.id, move.steps, decided.steps);
    return { ...decided, started: move.action === 'TRANSFER' };
  }

  private async decide(context: RouteActionContext): Promise<RouteMove | null> {
    const { actor, dossier, steps, action, input, cal, clockBefore, nowMs } = context;
    if (action === 'TRANSFER') {
      const templates = await this.routeOf(dossier);
      return templates.length > 0 ? startRoute(cal, templates, nowMs) : null;
    }
    if (steps.length === 0) {
      return null; // a single-agency dossier: only FORWARD and COMPLETE_STEP need a route
    }
    switch (action) {
      case 'FORWARD_TO_NEXT_AGENCY':
        return forwardToNextGroup(cal, steps, nowMs);
      case 'COMPLETE_STEP':
        return completeParticipantStep(steps, await this.participantAgencies(actor, steps), nowMs);
      case 'RETURN_TO_PREVIOUS_STEP':
        return input.toPreviousAgency ? returnToPreviousGroup(cal, steps, nowMs) : null;
      case 'RESOLVE':
      case 'REFUSE_AFTER_APPRAISAL':
        return finishRoute(steps, nowMs);
      case 'WITHDRAW':
      case 'STOP':
        return cancelRoute(steps, nowMs);
      case 'RECEIVE_SUPPLEMENT':
        return restartActiveSteps(cal, steps, nowMs);
      case 'FINANCIAL_OBLIGATION_MET': {
        const pause = clockBefore?.pauses.at(-1);
        return pause ? resumeActiveSteps(cal, steps, pause.fromMs, nowMs) : null;
      }
      default:
        return null;
    }
  }

  // The route of the pinned version's implementation at the dossier's level, with agencies.
  private async routeOf(dossier: Dossier) {
    const version = await this.catalog.findVersionById(dossier.procedureVersionId);
    if (!version) {
      throw procedureNotInForce();
    }
    const implementation = findImplementationAt(version.content, dossier.levelCode);
    return this.resolver.resolveRoute(dossier.receivingAgencyId, implementation);
  }

  // New states (no id) are inserted; states that are not the loaded objects changed and are updated.
  private async save(
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
