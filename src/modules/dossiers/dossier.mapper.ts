import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { formatVietnamInstant } from '../calendar';
import { type DossierStatus, describeStatus, findLateStep, toNationalStatusCode } from './domain';
import { type DossierEvent } from './dossier-event.entity';
import { type Dossier } from './dossier.entity';
import { type DossierStep } from './steps/dossier-step.entity';
import { type DossierEvaluation } from './evaluations/dossier-evaluation.entity';
import { EvaluationDto } from './evaluations/evaluation.dto';
import { toEvaluationDto } from './evaluations/evaluation.mapper';
import { type DossierAttachment } from './attachments/dossier-attachment.entity';
import { DossierAttachmentDto, toDossierAttachmentDto } from './attachments/dossier-attachment.mapper';

export class ApplicantViewDto {
  @ApiProperty({ enum: ['PERSON', 'ORGANISATION'] }) kind!: string;
  @ApiProperty({ example: 'Nguyễn Thị Lan' }) name!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: '*********234' }) idNumber!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: '******3456' }) phone!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) email!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) address!: string | null;
}

export class DossierEventDto {
  @ApiProperty() action!: string;
  @ApiProperty({ example: '2025-03-03T09:00:00+07:00' }) at!: string;
  @ApiProperty({ nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ nullable: true, type: String }) actorRole!: string | null;
  @ApiProperty({ nullable: true, type: String }) fromStatus!: string | null;
  @ApiProperty() toStatus!: string;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
}

export class DossierDocumentDto {
  @ApiProperty({ description: "Index in the pinned procedure version's document list" })
  documentIndex!: number;
  @ApiProperty({ example: 'Tờ khai đăng ký khai sinh' }) name!: string;
  @ApiProperty() provided!: boolean;
  @ApiProperty({ description: 'A scan of this document is attached (digitised)' }) digitised!: boolean;
}

export class DossierStepDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Steps sharing a sequence run in parallel' }) sequence!: number;
  @ApiProperty({ description: 'A step sent back is done again as a new attempt' }) attempt!: number;
  @ApiProperty({ format: 'uuid' }) agencyId!: string;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Chi cục Thuế' }) agencyLabel!: string | null;
  @ApiProperty({ enum: ['PROVINCE', 'DISTRICT', 'COMMUNE'] }) level!: string;
  @ApiProperty() task!: string;
  @ApiProperty() isLead!: boolean;
  @ApiProperty({ example: { amount: 5, unit: 'WORKING_DAYS' } }) allotted!: { amount: number; unit: string };
  @ApiProperty({ enum: ['PENDING', 'ACTIVE', 'DONE', 'CANCELLED'] }) status!: string;
  @ApiProperty() plannedDueAt!: string;
  @ApiProperty({ nullable: true, type: String }) startedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) dueAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) completedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ['EARLY', 'ON_TIME', 'LATE'] }) result!: string | null;
}

export class DossierDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String, example: '900.01.31.H55-250303-0001' }) code!: string | null;
  @ApiProperty({ description: 'Send it back as If-Match (or `version`) with the next action' })
  version!: number;
  @ApiProperty() status!: string;
  @ApiProperty({ example: 'Được tiếp nhận' }) statusLabel!: string;
  @ApiProperty({ minimum: 1, maximum: 10 }) nationalStatusCode!: number;
  @ApiProperty({ format: 'uuid' }) procedureId!: string;
  @ApiProperty({ format: 'uuid' }) procedureVersionId!: string;
  @ApiProperty({ enum: ['DIRECT', 'ONLINE', 'POST'] }) channel!: string;
  @ApiProperty({ format: 'uuid' }) receivingAgencyId!: string;
  @ApiProperty({ format: 'uuid' }) resolvingAgencyId!: string;
  @ApiProperty({ format: 'uuid' }) currentAgencyId!: string;
  @ApiProperty({ type: ApplicantViewDto }) applicant!: ApplicantViewDto;
  @ApiProperty({ example: '2025-03-03T09:00:00+07:00' }) submittedAt!: string;
  @ApiProperty({ nullable: true, type: String }) receivedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Legal deadline: the basis of every statistic' })
  dueAt!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Promised to the applicant; an apology moves it once',
  })
  appointmentAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) resolvedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ['GRANTED', 'REFUSED'] }) resolution!: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ['EARLY', 'ON_TIME', 'LATE'] }) classification!:
    string | null;
  @ApiProperty() supplementCount!: number;
  @ApiProperty({ description: 'An inter-agency route (liên thông); its steps are listed in `steps`' })
  interAgency!: boolean;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Line of the desk register (Mẫu 06) in registerYear',
  })
  registerNumber!: number | null;
  @ApiProperty({ nullable: true, type: Number }) registerYear!: number | null;
  @ApiProperty({ type: [DossierDocumentDto] }) documents!: DossierDocumentDto[];
  @ApiProperty({
    type: [DossierEventDto],
    description: 'The process control sheet (Mẫu 05); only on a single dossier',
  })
  history!: DossierEventDto[];
  @ApiProperty({
    type: [DossierStepDto],
    description: 'Route steps across agencies; only on a single dossier',
  })
  steps!: DossierStepDto[];
  @ApiProperty({
    type: EvaluationDto,
    nullable: true,
    description: "The citizen's rating once returned (Circular 01/2018 art. 12); only on a single dossier",
  })
  evaluation!: EvaluationDto | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The agency whose route step made the dossier late (the first late step), if any',
  })
  lateStepAgencyId!: string | null;
  @ApiProperty({
    type: [DossierAttachmentDto],
    description:
      'Attached files (scans, supplements, the result), without their bytes; only on a single dossier',
  })
  attachments!: DossierAttachmentDto[];
}

// What a single dossier's page shows besides the row; lists leave them empty.
export interface DossierDetails {
  readonly events?: readonly DossierEvent[];
  readonly steps?: readonly DossierStep[];
  readonly evaluation?: DossierEvaluation | null;
  readonly attachments?: readonly DossierAttachment[];
}

const instant = (value: Date | null): string | null => (value ? formatVietnamInstant(value.getTime()) : null);
const masked = (last: string | null, length: number): string | null =>
  last ? `${'*'.repeat(length - last.length)}${last}` : null;

export function toDossierDto(dossier: Dossier, details: DossierDetails = {}): DossierDto {
  const { events = [], steps = [], attachments = [] } = details;
  const status = dossier.status as DossierStatus;
  return {
    id: dossier.id,
    code: dossier.code,
    version: dossier.rowVersion,
    status,
    statusLabel: describeStatus(status),
    nationalStatusCode: toNationalStatusCode(status),
    procedureId: dossier.procedureId,
    procedureVersionId: dossier.procedureVersionId,
    channel: dossier.channel,
    receivingAgencyId: dossier.receivingAgencyId,
    resolvingAgencyId: dossier.resolvingAgencyId,
    currentAgencyId: dossier.currentAgencyId,
    applicant: {
      kind: dossier.applicantKind,
      name: dossier.applicantName,
      idNumber: masked(dossier.applicantIdNumberLast3, 12),
      phone: masked(dossier.applicantPhoneLast4, 10),
      email: dossier.applicantEmail,
      address: dossier.applicantAddress,
    },
    submittedAt: formatVietnamInstant(dossier.submittedAt.getTime()),
    receivedAt: instant(dossier.receivedAt),
    dueAt: instant(dossier.dueAt),
    appointmentAt: instant(dossier.appointmentAt),
    resolvedAt: instant(dossier.resolvedAt),
    resolution: dossier.resolution,
    classification: dossier.classification,
    supplementCount: dossier.supplementCount,
    interAgency: dossier.interAgency,
    registerNumber: dossier.registerNumber,
    registerYear: dossier.registerYear,
    documents: dossier.documents.map((document) => ({ ...document })),
    steps: steps.map(toDossierStepDto),
    evaluation: details.evaluation ? toEvaluationDto(details.evaluation) : null,
    // A closed dossier's is the one kept at its close (what the reports count); an open one's as of now.
    lateStepAgencyId:
      (dossier.resolvedAt ?? dossier.endedAt) !== null
        ? dossier.lateStepAgencyId
        : (lateStepOf(steps)?.agencyId ?? null),
    attachments: attachments.map(toDossierAttachmentDto),
    history: events.map((event) => ({
      action: event.action,
      at: formatVietnamInstant(event.occurredAt.getTime()),
      actorId: event.actorId,
      actorRole: event.actorRole,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      note: event.note,
    })),
  };
}

export function toDossierStepDto(step: DossierStep): DossierStepDto {
  return {
    id: step.id,
    sequence: step.sequence,
    attempt: step.attempt,
    agencyId: step.agencyId,
    agencyLabel: step.agencyLabel,
    level: step.levelCode,
    task: step.task,
    isLead: step.isLead,
    allotted: step.allotted,
    status: step.status,
    plannedDueAt: formatVietnamInstant(step.plannedDueAt.getTime()),
    startedAt: instant(step.startedAt),
    dueAt: instant(step.dueAt),
    completedAt: instant(step.completedAt),
    result: step.result,
  };
}

// Steps that started (cancelled attempts included: a step sent back late was late).
function lateStepOf(steps: readonly DossierStep[]): DossierStep | null {
  const timed = steps.flatMap((step) =>
    step.startedAt && step.dueAt
      ? [
          {
            step,
            sequence: step.sequence,
            startedAtMs: step.startedAt.getTime(),
            dueAtMs: step.dueAt.getTime(),
            finishedAtMs: step.completedAt?.getTime() ?? null,
          },
        ]
      : [],
  );
  return findLateStep(timed, Date.now())?.step ?? null;
}
