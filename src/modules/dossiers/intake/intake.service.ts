import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { type TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit';
import { CalendarService } from '../../calendar';
import { type WorkingCalendar } from '../../calendar/domain/engine';
import { AgencyDirectory, ProcedureCatalog } from '../../catalog';
import { type Principal } from '../../identity';
import { OutboxService } from '../../notifications/outbox/outbox.service';
import { ReceiptService } from '../receipt/receipt.service';
import { assertTransitionAllowed, type DossierStatus, toNationalStatusCode } from '../domain';
import { DossierEvent } from '../dossier-event.entity';
import { Dossier } from '../dossier.entity';
import { RouteAgencyResolver } from '../steps/route-agency-resolver';
import { ApplicantColumns } from './applicant-columns';
import { type DeskIntakeDto } from './desk-intake.dto';
import { assertChannelOffered, checkChecklist, documentsOf, findImplementationAt } from './intake-plan';
import { checklistProblem, procedureNotInForce, procedureSuspended } from './intake.errors';

const OUTCOME_ACTION = {
  RECEIVE: 'RECEIVE',
  REQUEST_SUPPLEMENT: 'REQUEST_SUPPLEMENT_AT_RECEPTION',
  REFUSE: 'REFUSE_AT_RECEPTION',
} as const;

// Desk intake (Decree 61/2018 art. 17): the clerk checks the dossier against the published list
// and receives it (code, clock, receipt), asks once for a supplement, or refuses it. One
// transaction: the dossier, its control-sheet row, its outbox event and its audit row.
@Injectable()
export class IntakeService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly catalog: ProcedureCatalog,
    private readonly agencies: AgencyDirectory,
    private readonly receipts: ReceiptService,
    private readonly calendar: CalendarService,
    private readonly applicants: ApplicantColumns,
    private readonly routes: RouteAgencyResolver,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  async receiveAtDesk(clerk: Principal, input: DeskIntakeDto, now = new Date()): Promise<Dossier> {
    // Loaded before the transaction opens (see ReceiptService).
    const cal = await this.calendar.calendarFor(clerk.kind === 'staff' ? clerk.agencyId : undefined);
    return this.receiveInTransaction(clerk, input, cal, now);
  }

  @Transactional()
  private async receiveInTransaction(
    clerk: Principal,
    input: DeskIntakeDto,
    cal: WorkingCalendar,
    now: Date,
  ): Promise<Dossier> {
    const roles = clerk.kind === 'staff' ? clerk.roles : [];
    const action = OUTCOME_ACTION[input.outcome];
    const transition = assertTransitionAllowed('SUBMITTED', action, roles);
    if (input.outcome !== 'RECEIVE' && !input.note?.trim()) {
      throw checklistProblem('Cần ghi rõ giấy tờ còn thiếu hoặc lý do từ chối.', 'note');
    }
    const desk = clerk.kind === 'staff' ? await this.agencies.describe(clerk.agencyId) : null;
    const version = await this.catalog.findVersionInForce(input.procedureId, now);
    if (!desk || !version) {
      throw procedureNotInForce();
    }
    if (version.suspended) {
      throw procedureSuspended();
    }
    const content = version.content;
    assertChannelOffered(content, input.channel);
    const implementation = findImplementationAt(content, desk.levelCode);
    const missing = checkChecklist(content, input.checklist, input.outcome === 'RECEIVE');
    // The desk's own committee needs no lookup (the organisation is cached); others are resolved.
    const organisationId = await this.agencies.organisationOf(desk.id);
    const resolvingAgencyId =
      implementation.agencyId ??
      (implementation.level === desk.levelCode &&
      implementation.agencyKind === 'PEOPLES_COMMITTEE' &&
      organisationId
        ? organisationId
        : await this.routes.resolveImplementationAgency(desk.id, implementation));

    const dossiers = this.txHost.tx.getRepository(Dossier);
    const dossier = dossiers.create({
      procedureId: version.procedureId,
      procedureVersionId: version.versionId,
      receivingAgencyId: desk.id,
      resolvingAgencyId,
      currentAgencyId: desk.id,
      levelCode: desk.levelCode,
      sectorId: content.sectorId,
      channel: input.channel,
      serviceLevel: content.serviceLevel,
      documents: documentsOf(content, input.checklist),
      status: transition.to satisfies DossierStatus,
      ...this.applicants.from(input.applicant),
      submittedAt: now,
    });
    if (input.outcome === 'RECEIVE') {
      Object.assign(dossier, await this.receipts.issue(dossier, cal, now, { desk, version }));
    } else {
      dossier.endedAt = input.outcome === 'REFUSE' ? now : null;
    }
    const saved = await dossiers.save(dossier);
    await this.txHost.tx.getRepository(DossierEvent).insert({
      dossierId: saved.id,
      occurredAt: now,
      action,
      actorKind: 'staff',
      actorId: clerk.id,
      actorRole: 'CLERK',
      fromAgencyId: desk.id,
      toAgencyId: desk.id,
      fromStatus: null,
      toStatus: saved.status,
      note: input.note?.trim() || null,
      details: { missingDocuments: missing, procedureVersionNo: version.versionNo },
    });
    await this.outbox.add('dossier.status-changed', 'dossier', saved.id, {
      status: saved.status,
      nationalStatusCode: toNationalStatusCode(saved.status as DossierStatus),
      code: saved.code,
      channel: saved.channel,
      note: input.note?.trim() || undefined,
      missingDocuments: missing,
    });
    await this.audit.record({
      action: `dossier.${action.toLowerCase()}`,
      targetType: 'dossier',
      targetId: saved.id,
      summary: { code: saved.code, procedureId: saved.procedureId },
    });
    return saved;
  }
}
