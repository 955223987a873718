import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit';
import { CalendarService } from '../../calendar';
import { type WorkingCalendar } from '../../calendar/domain/engine';
import { AgencyAccessService, type Principal } from '../../identity';
import { OutboxService } from '../../notifications/outbox/outbox.service';
import {
  applyClockEffect,
  assertTransitionAllowed,
  type Channel,
  DOSSIER_WORKFLOW,
  findTransferDue,
  handlingWorkingMinutes,
  type DossierAction,
  type DossierActor,
  type DossierClock,
  type DossierStatus,
  findActingRole,
  toNationalStatusCode,
  isDossierAction,
  isReasonRequired,
  listAvailableActions,
} from '../domain';
import { DossierQueryService } from '../dossier-query.service';
import { DossierEvent } from '../dossier-event.entity';
import { Dossier } from '../dossier.entity';
import { dossierNotFound } from '../intake/intake.errors';
import { lateStepAgencyAt, type RouteStepState } from '../domain/route-progress';
import { ReceiptService } from '../receipt/receipt.service';
import { RouteStepsService } from '../steps/route-steps.service';
import { ConsultationsService } from '../consultations/consultations.service';
import { type DossierConsultation } from '../consultations/dossier-consultation.entity';
import { type DossierActionDto } from './dossier-action.dto';
import {
  assigneeRequired,
  notHolder,
  reasonRequired,
  staleVersion,
  unknownAction,
  versionRequired,
} from './workflow.errors';

// POST /dossiers/{id}/actions/{action}: one use case for every action of the workflow table.
// The row is locked, its version compared with the caller's (optimistic concurrency for users,
// a lock for correctness), the transition decided by the pure table, the clock moved by the pure
// clock, and the change, its history row, outbox event and audit row committed together.
type Standing = 'holder' | 'desk' | 'participant' | 'consulted';

const PARTICIPANT_ACTIONS: readonly DossierAction[] = ['COMPLETE_STEP', 'ANSWER_CONSULTATION'];

function isAllowedByStanding(standing: Standing, action: DossierAction): boolean {
  return (
    standing === 'holder' ||
    (standing === 'desk' && (DOSSIER_WORKFLOW[action].roles as readonly string[]).includes('CLERK')) ||
    (standing === 'participant' && PARTICIPANT_ACTIONS.includes(action)) ||
    (standing === 'consulted' && action === 'ANSWER_CONSULTATION')
  );
}

function assertStandingAllows(standing: Standing, action: DossierAction): void {
  if (!isAllowedByStanding(standing, action)) {
    throw notHolder();
  }
}

// Art. 18: when the desk handed a paper dossier over, and whether that broke the 15:00 rule.
function transferRecord(cal: WorkingCalendar, dossier: Dossier, now: Date): Record<string, unknown> {
  const due = findTransferDue(cal, dossier.receivedAt!.getTime(), dossier.channel as Channel);
  return { rule: due.rule, dueAt: due.dueAtMs, late: now.getTime() > due.dueAtMs };
}

@Injectable()
export class WorkflowService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly dataSource: DataSource,
    private readonly access: AgencyAccessService,
    private readonly calendar: CalendarService,
    private readonly receipts: ReceiptService,
    private readonly routes: RouteStepsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly queries: DossierQueryService,
    private readonly consultations: ConsultationsService,
  ) {}

  async act(
    actor: Principal,
    id: string,
    actionName: string,
    input: DossierActionDto,
    now = new Date(),
  ): Promise<Dossier> {
    if (!isDossierAction(actionName)) {
      throw unknownAction(actionName);
    }
    // The receiving desk never changes: read it, and its calendar, before the transaction opens
    // (the calendar cache uses a connection of its own; see ReceiptService).
    const known = await this.dataSource
      .getRepository(Dossier)
      .findOne({ where: { id }, select: { id: true, receivingAgencyId: true } });
    if (!known) {
      throw dossierNotFound();
    }
    const cal = await this.calendar.calendarFor(known.receivingAgencyId);
    return this.actInTransaction(actor, id, actionName, input, cal, now);
  }

  // GET /dossiers/{id}/actions: what act() would let this caller try now, for the buttons of the
  // dossier page: the workflow table for the status and the caller's roles, narrowed by their
  // standing. A reader without standing (a leader above) gets none; a stranger 404.
  @Transactional()
  async listAllowedActions(
    actor: Principal,
    id: string,
  ): Promise<{ dossier: Dossier; actions: DossierAction[] }> {
    const dossier = await this.txHost.tx.getRepository(Dossier).findOneBy({ id });
    if (!dossier) {
      throw dossierNotFound();
    }
    const addressed = await this.consultations.addressedTo(actor, dossier.id);
    const standing = await this.standingOf(actor, dossier, await this.routes.load(dossier.id), addressed);
    if (!standing) {
      if (!(await this.queries.mayRead(actor, dossier))) {
        throw dossierNotFound();
      }
      return { dossier, actions: [] };
    }
    const workflowActor: DossierActor = actor.kind === 'citizen' ? 'citizen' : actor.roles;
    // An answer is offered only while a consultation addressed to the caller waits for one.
    const awaitsAnswer = addressed.some((consultation) => consultation.answeredAt === null);
    const actions = listAvailableActions(dossier.status as DossierStatus, workflowActor).filter(
      (action) => isAllowedByStanding(standing, action) && (action !== 'ANSWER_CONSULTATION' || awaitsAnswer),
    );
    return { dossier, actions };
  }

  @Transactional()
  private async actInTransaction(
    actor: Principal,
    id: string,
    action: DossierAction,
    input: DossierActionDto,
    cal: WorkingCalendar,
    now: Date,
  ): Promise<Dossier> {
    if (input.version === undefined) {
      throw versionRequired();
    }
    const dossiers = this.txHost.tx.getRepository(Dossier);
    const dossier = await dossiers.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    const steps = dossier ? await this.routes.load(dossier.id) : [];
    const addressed = dossier ? await this.consultations.addressedTo(actor, dossier.id) : [];
    const standing = dossier ? await this.standingOf(actor, dossier, steps, addressed) : null;
    if (!dossier || !standing) {
      throw dossierNotFound();
    }
    if (dossier.rowVersion !== input.version) {
      throw staleVersion(dossier.rowVersion);
    }
    assertStandingAllows(standing, action);
    const workflowActor: DossierActor = actor.kind === 'citizen' ? 'citizen' : actor.roles;
    const transition = assertTransitionAllowed(dossier.status as DossierStatus, action, workflowActor);
    if (isReasonRequired(action) && !input.note?.trim()) {
      throw reasonRequired();
    }
    if ((action === 'ASSIGN' || action === 'REASSIGN') && !input.assigneeId) {
      throw assigneeRequired();
    }
    // A consultation is recorded, or answered, with its own deadline; the clock is not touched.
    const consultation = await this.consultations.apply({
      actor,
      dossier,
      action,
      input,
      cal,
      now,
      addressed,
    });
    if (transition.clock === 'START') {
      // An online submission accepted by the desk: the receipt gives it its code and clock.
      Object.assign(dossier, await this.receipts.issue(dossier, cal, now));
    }
    // START was applied by the receipt above.
    const clockBefore = dossier.receivedAt ? (dossier.clock as unknown as DossierClock) : null;
    const clock = applyClockEffect(
      transition.clock === 'START' ? 'NONE' : transition.clock,
      cal,
      clockBefore,
      {
        nowMs: now.getTime(),
        newAppointmentMs: input.newAppointmentAt ? Date.parse(input.newAppointmentAt) : undefined,
      },
    );
    const fromStatus = dossier.status;
    const fromAgencyId = dossier.currentAgencyId;
    const route = await this.routes.apply({
      actor,
      dossier,
      steps,
      action,
      input,
      cal,
      clockBefore,
      nowMs: now.getTime(),
    });
    const wasClosed = (dossier.resolvedAt ?? dossier.endedAt) !== null;
    Object.assign(dossier, this.columnsAfter(dossier, action, transition.to, clock, input, now, cal));
    const closedAt = dossier.resolvedAt ?? dossier.endedAt;
    if (closedAt && !wasClosed) {
      // Lateness attribution, kept for the reports as the route stands at the close.
      dossier.lateStepAgencyId = lateStepAgencyAt(route?.steps ?? steps, closedAt.getTime());
    }
    if (route?.holderAgencyId) {
      dossier.currentAgencyId = route.holderAgencyId; // the route's active group holds it
    }
    if (route?.started) {
      dossier.interAgency = new Set(route.steps.map((step) => step.agencyId)).size > 1;
    }
    if (action === 'FORWARD_TO_NEXT_AGENCY') {
      dossier.assignedToId = null; // the next agency's head assigns its own handler
    }
    if (transition.resolution) {
      dossier.resolution = transition.resolution;
    }
    const saved = await dossiers.save(dossier);
    // The step this action closes, for the control sheet (Mẫu 05): the holder's, else the first.
    const closedStep = route?.closed.find((step) => step.agencyId === fromAgencyId) ?? route?.closed[0];
    await this.txHost.tx.getRepository(DossierEvent).insert({
      dossierId: saved.id,
      occurredAt: now,
      action,
      actorKind: actor.kind,
      actorId: actor.id,
      actorRole: findActingRole(workflowActor, action),
      fromAgencyId,
      toAgencyId: saved.currentAgencyId,
      toUserId: input.assigneeId ?? null,
      fromStatus,
      toStatus: saved.status,
      note: input.note?.trim() || consultation?.note || null,
      stepDueAt: closedStep ? new Date(closedStep.dueAtMs) : null,
      stepResult: closedStep?.result ?? null,
      details: {
        ...(transition.resolution ? { resolution: transition.resolution } : {}),
        ...(action === 'TRANSFER' ? { transfer: transferRecord(cal, saved, now) } : {}),
        ...(route && route.closed.length > 1 ? { closedSteps: route.closed } : {}),
        ...consultation?.details,
      },
    });
    if (saved.status !== fromStatus) {
      // What the citizen notice and the national portal sync need (national codes, domain.md).
      await this.outbox.add('dossier.status-changed', 'dossier', saved.id, {
        status: saved.status,
        nationalStatusCode: toNationalStatusCode(saved.status as DossierStatus),
        channel: saved.channel,
        code: saved.code,
        action,
        // The reasons or what is missing, for the citizen's notice (refusal, supplement, stop).
        note: input.note?.trim() || undefined,
      });
    }
    if ((action === 'ASSIGN' || action === 'REASSIGN') && input.assigneeId) {
      // The handler's in-app notice; the status does not change.
      await this.outbox.add('dossier.assigned', 'dossier', saved.id, {
        code: saved.code,
        assigneeId: input.assigneeId,
        dueAt: saved.dueAt?.toISOString(),
      });
    }
    if (action === 'ISSUE_APOLOGY') {
      // Mẫu 04 goes to the citizen with the new appointment; the status does not change.
      await this.outbox.add('dossier.apology-issued', 'dossier', saved.id, {
        code: saved.code,
        reason: input.note?.trim(),
        appointmentAt: saved.appointmentAt?.toISOString(),
      });
    }
    if (consultation) {
      // The consulted agency's notice, and its answer's to the handler.
      await this.outbox.add(consultation.event.kind, 'dossier', saved.id, consultation.event.payload);
    }
    await this.audit.record({
      action: `dossier.${action.toLowerCase()}`,
      targetType: 'dossier',
      targetId: saved.id,
      summary: { code: saved.code, from: fromStatus, to: saved.status },
    });
    return saved;
  }

  private columnsAfter(
    dossier: Dossier,
    action: DossierAction,
    to: DossierStatus,
    clock: DossierClock | null,
    input: DossierActionDto,
    now: Date,
    cal: WorkingCalendar,
  ): Partial<Dossier> {
    const columns: Partial<Dossier> = { status: to, updatedAt: now };
    if (clock) {
      Object.assign(columns, {
        clock: clock as unknown as Record<string, unknown>,
        dueAt: new Date(clock.dueAtMs),
        appointmentAt: new Date(clock.appointmentAtMs),
        resolvedAt: clock.resolvedAtMs === null ? null : new Date(clock.resolvedAtMs),
        classification: clock.classification,
        returnedAt: clock.returnedAtMs === null ? null : new Date(clock.returnedAtMs),
        endedAt: clock.endedAtMs === null ? null : new Date(clock.endedAtMs),
        supplementCount: clock.supplementRequestCount,
        handlingWorkingMinutes:
          clock.resolvedAtMs === null ? null : handlingWorkingMinutes(cal, clock, clock.resolvedAtMs),
        apologyCount: clock.apology ? 1 : 0,
      });
    } else if (action === 'WITHDRAW' || action === 'STOP') {
      columns.endedAt = now;
    }
    if (action === 'TRANSFER') {
      columns.currentAgencyId = dossier.resolvingAgencyId;
    }
    if (action === 'ASSIGN' || action === 'REASSIGN') {
      columns.assignedToId = input.assigneeId;
    }
    if (action === 'RESOLVE' || action === 'REFUSE_AFTER_APPRAISAL') {
      columns.currentAgencyId = dossier.receivingAgencyId; // the result goes back to the desk
    }
    return columns;
  }

  // Staff act for the agency holding the dossier (every action), for the desk that received it (the
  // desk's actions: transfer, supplements, return...), for a parallel participant of its route
  // (only its own part), or for an agency consulted on it (only the answer); a citizen only on
  // their own dossier. Outside that, the dossier does not exist for the caller.
  private async standingOf(
    actor: Principal,
    dossier: Dossier,
    steps: readonly RouteStepState[],
    addressed: readonly DossierConsultation[],
  ): Promise<Standing | null> {
    if (actor.kind === 'citizen') {
      return dossier.citizenId === actor.id ? 'holder' : null;
    }
    if (await this.access.isAllowed(actor, dossier.currentAgencyId, 'act')) {
      return 'holder';
    }
    if (await this.access.isAllowed(actor, dossier.receivingAgencyId, 'act')) {
      return 'desk';
    }
    if ((await this.routes.participantAgencies(actor, steps)).size > 0) {
      return 'participant';
    }
    return addressed.length > 0 ? 'consulted' : null;
  }
}
