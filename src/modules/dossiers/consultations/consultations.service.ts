import { Transactional } from '@nestjs-cls/transactional';
import { Injectable } from '@nestjs/common';
import { CalendarService } from '../../calendar';
import { type WorkingCalendar } from '../../calendar/domain/engine';
import { formatIsoDate, fromDayNumber, vietnamDayNumberOf } from '../../calendar/domain/local-date';
import { AgencyDirectory } from '../../catalog';
import { isActiveOn } from '../../catalog/agencies/domain/validity';
import { AgencyAccessService, type Principal } from '../../identity';
import {
  checkConsultationAnswer,
  checkConsultationRequest,
  computeConsultationDue,
  CONSULTATION_WORKING_DAYS,
  type ConsultationState,
  DOSSIER_WORKFLOW,
  type DossierAction,
  findConsultationState,
  isConsultationAnswerLate,
} from '../domain';
import { DossierQueryService } from '../dossier-query.service';
import { type Dossier } from '../dossier.entity';
import { ReaderAgencies } from '../queues/reader-agencies';
import { type DossierActionDto } from '../workflow/dossier-action.dto';
import {
  consultationAlreadyAnswered,
  consultationChoiceRequired,
  consultationInvalid,
  consultationNotAddressedHere,
  consultationNotFound,
  consultedAgencyInactive,
  consultedAgencyIsOwn,
  consultedAgencyUnknown,
} from './consultation.errors';
import { ConsultationRepository, type ConsultationRow } from './consultation.repository';
import { type ConsultationListQuery } from './consultation.dto';
import { type DossierConsultation } from './dossier-consultation.entity';

export interface ConsultationMove {
  readonly actor: Principal;
  readonly dossier: Dossier;
  readonly action: DossierAction;
  readonly input: DossierActionDto;
  readonly cal: WorkingCalendar;
  readonly now: Date;
  // The dossier's consultations addressed to the actor (addressedTo), read once by the workflow.
  readonly addressed: readonly DossierConsultation[];
}

// What the workflow writes with the action: the history row's note and details, and the outbox event.
export interface ConsultationOutcome {
  readonly note: string;
  readonly details: Record<string, unknown>;
  readonly event: { readonly kind: string; readonly payload: Record<string, unknown> };
}

export interface ReadConsultation extends ConsultationRow {
  readonly state: ConsultationState;
  readonly answerable: boolean;
}

const ANSWER_ROLES = DOSSIER_WORKFLOW.ANSWER_CONSULTATION.roles;
// The statuses in which an open consultation can still be answered.
const ANSWERABLE_STATUSES: readonly string[] = DOSSIER_WORKFLOW.ANSWER_CONSULTATION.from;

// Consultations (xin ý kiến, Decree 61/2018 art. 19): the agency holding a dossier asks another
// agency, which answers once. Written inside the workflow's transaction (apply), read by whoever
// may read the dossier, and listed for the consulted agency.
@Injectable()
export class ConsultationsService {
  constructor(
    private readonly consultations: ConsultationRepository,
    private readonly directory: AgencyDirectory,
    private readonly access: AgencyAccessService,
    private readonly calendar: CalendarService,
    private readonly queries: DossierQueryService,
    private readonly readers: ReaderAgencies,
  ) {}

  // Inside the workflow's transaction, after the transition was allowed.
  async apply(move: ConsultationMove): Promise<ConsultationOutcome | null> {
    switch (move.action) {
      case 'CONSULT':
        return this.open(move);
      case 'ANSWER_CONSULTATION':
        return this.answer(move);
      default:
        return null;
    }
  }

  // The consultations of the dossier addressed to the actor's organisation (what gives a
  // consulted agency its standing), open or answered.
  async addressedTo(actor: Principal, dossierId: string): Promise<DossierConsultation[]> {
    const mayAnswer = this.answererCheck(actor);
    const mine: DossierConsultation[] = [];
    for (const consultation of await this.consultations.findOfDossier(dossierId)) {
      if (await mayAnswer(consultation.consultedAgencyId)) {
        mine.push(consultation);
      }
    }
    return mine;
  }

  // Whether the actor may answer for an agency, asked once per agency (each answer costs the
  // access check's queries, and a list names the same agencies again and again).
  private answererCheck(actor: Principal): (agencyId: string) => Promise<boolean> {
    const known = new Map<string, Promise<boolean>>();
    return (agencyId) => {
      let allowed = known.get(agencyId);
      if (!allowed) {
        allowed = this.access.isAllowed(actor, agencyId, 'act', ANSWER_ROLES);
        known.set(agencyId, allowed);
      }
      return allowed;
    };
  }

  async listForDossier(reader: Principal, dossierId: string, now = new Date()): Promise<ReadConsultation[]> {
    const rows = await this.readDossierConsultations(reader, dossierId);
    return this.describeFor(reader, rows, now);
  }

  async listForReader(
    reader: Principal,
    query: ConsultationListQuery,
    now = new Date(),
  ): Promise<{ rows: ReadConsultation[]; total: number }> {
    if (reader.kind !== 'staff') {
      return { rows: [], total: 0 };
    }
    const found = await this.consultations.findNamedForAgencies(
      await this.readers.of(reader),
      query.state,
      ANSWERABLE_STATUSES,
      query,
    );
    return { rows: await this.describeFor(reader, found.rows, now), total: found.total };
  }

  @Transactional()
  private async readDossierConsultations(reader: Principal, dossierId: string): Promise<ConsultationRow[]> {
    await this.queries.findReadable(reader, dossierId);
    return this.consultations.findNamedOfDossier(dossierId);
  }

  // Each row's due state, read with the desk's calendar (its due time was counted with it), and
  // whether the reader may answer it now (open, addressed to their organisation, a handling role).
  private async describeFor(
    reader: Principal,
    rows: ConsultationRow[],
    now: Date,
  ): Promise<ReadConsultation[]> {
    const mayAnswer = this.answererCheck(reader);
    const described: ReadConsultation[] = [];
    for (const row of rows) {
      const { consultation } = row;
      const cal = await this.calendar.calendarFor(row.receivingAgencyId);
      const state = findConsultationState(
        cal,
        {
          dueAtMs: consultation.dueAt.getTime(),
          answeredAtMs: consultation.answeredAt?.getTime() ?? null,
          dossierHandled: ANSWERABLE_STATUSES.includes(row.dossierStatus),
        },
        now.getTime(),
      );
      const answerable =
        consultation.answeredAt === null &&
        ANSWERABLE_STATUSES.includes(row.dossierStatus) &&
        (await mayAnswer(consultation.consultedAgencyId));
      described.push({ ...row, state, answerable });
    }
    return described;
  }

  private async open({ actor, dossier, input, cal, now }: ConsultationMove): Promise<ConsultationOutcome> {
    const problems = checkConsultationRequest(input);
    if (problems.length > 0) {
      throw consultationInvalid(problems);
    }
    const agencyId = input.consultedAgencyId!;
    const agency = await this.directory.describe(agencyId);
    if (!agency) {
      throw consultedAgencyUnknown();
    }
    const today = formatIsoDate(fromDayNumber(vietnamDayNumberOf(now.getTime())));
    if (!isActiveOn(agency, today)) {
      throw consultedAgencyInactive();
    }
    // Another agency's opinion: not one the handler's own organisation may act for.
    if (agencyId === dossier.currentAgencyId || (await this.access.isAllowed(actor, agencyId, 'act'))) {
      throw consultedAgencyIsOwn();
    }
    const workingDays = input.workingDays ?? CONSULTATION_WORKING_DAYS.default;
    const dueAt = new Date(computeConsultationDue(cal, now.getTime(), workingDays));
    const question = input.question!.trim();
    const saved = await this.consultations.insert({
      dossierId: dossier.id,
      requestingAgencyId: dossier.currentAgencyId,
      requestedById: actor.id,
      consultedAgencyId: agencyId,
      question,
      workingDays,
      requestedAt: now,
      dueAt,
      answer: null,
      answeredById: null,
      answeredAt: null,
      answeredLate: null,
    });
    return {
      note: question,
      details: {
        consultation: { id: saved.id, consultedAgencyId: agencyId, workingDays, dueAt: dueAt.toISOString() },
      },
      event: {
        kind: 'dossier.consultation-requested',
        payload: {
          code: dossier.code,
          consultationId: saved.id,
          consultedAgencyId: agencyId,
          dueAt: dueAt.toISOString(),
        },
      },
    };
  }

  private async answer({
    actor,
    dossier,
    input,
    now,
    addressed,
  }: ConsultationMove): Promise<ConsultationOutcome> {
    const chosen = await this.chooseToAnswer(addressed, dossier.id, input.consultationId);
    const problems = checkConsultationAnswer(input.answer);
    if (problems.length > 0) {
      throw consultationInvalid(problems);
    }
    const late = isConsultationAnswerLate(chosen.dueAt.getTime(), now.getTime());
    const answer = input.answer!.trim();
    const recorded = await this.consultations.recordAnswer(chosen.id, {
      answer,
      answeredById: actor.id,
      answeredAt: now,
      answeredLate: late,
    });
    if (!recorded) {
      throw consultationAlreadyAnswered();
    }
    return {
      note: answer,
      details: { consultation: { id: chosen.id, late } },
      event: {
        kind: 'dossier.consultation-answered',
        payload: { code: dossier.code, consultationId: chosen.id, late },
      },
    };
  }

  // The consultation named by the caller, or the only open one addressed to them.
  private async chooseToAnswer(
    mine: readonly DossierConsultation[],
    dossierId: string,
    consultationId: string | undefined,
  ): Promise<DossierConsultation> {
    if (consultationId) {
      const named = mine.find((consultation) => consultation.id === consultationId);
      if (!named) {
        const onDossier = await this.consultations.findOfDossier(dossierId);
        throw onDossier.some((consultation) => consultation.id === consultationId)
          ? consultationNotAddressedHere()
          : consultationNotFound();
      }
      if (named.answeredAt) {
        throw consultationAlreadyAnswered();
      }
      return named;
    }
    const open = mine.filter((consultation) => consultation.answeredAt === null);
    if (open.length === 1) {
      return open[0];
    }
    if (open.length > 1) {
      throw consultationChoiceRequired();
    }
    throw mine.length > 0 ? consultationAlreadyAnswered() : consultationNotAddressedHere();
  }
}
