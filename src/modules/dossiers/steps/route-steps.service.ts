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
import { type DossierAction, type DossierClock } from '../domain';
import { type Dossier } from '../dossier.entity';
import { findImplementationAt } from '../intake/intake-plan';
import { procedureNotInForce } from '../intake/intake.errors';
import { type DossierActionDto } from '../workflow/dossier-action.dto';
import { RouteAgencyResolver } from './route-agency-resolver';
import { RouteStepStore } from './route-step.store';

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
    private readonly store: RouteStepStore,
    private readonly catalog: ProcedureCatalog,
    private readonly resolver: RouteAgencyResolver,
    private readonly access: AgencyAccessService,
  ) {}

  load(dossierId: string): Promise<RouteStepState[]> {
    return this.store.load(dossierId);
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
    await this.store.save(move.dossier.id, move.steps, decided.steps);
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
}
