import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { formatVietnamInstant } from '../calendar';
import { type DossierStatus, describeStatus, toNationalStatusCode } from './domain';
import { type DossierEvent } from './dossier-event.entity';
import { type Dossier } from './dossier.entity';

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
  @ApiProperty({ type: [DossierEventDto] }) history!: DossierEventDto[];
}

const instant = (value: Date | null): string | null => (value ? formatVietnamInstant(value.getTime()) : null);
const masked = (last: string | null, length: number): string | null =>
  last ? `${'*'.repeat(length - last.length)}${last}` : null;

export function toDossierDto(dossier: Dossier, events: readonly DossierEvent[]): DossierDto {
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
