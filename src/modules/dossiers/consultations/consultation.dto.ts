import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { formatVietnamInstant } from '../../calendar';
import { PageQuery } from '../../../infra/http/page-query';
import { CONSULTATION_STATE_LABELS, CONSULTATION_STATES, type ConsultationState } from '../domain';
import { type ReadConsultation } from './consultations.service';

export const CONSULTATION_LIST_STATES = ['open', 'answered', 'all'] as const;

export class ConsultationListQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: CONSULTATION_LIST_STATES,
    default: 'open',
    description:
      'open: waiting for an answer on a dossier still being handled; answered; all. Addressed to the agencies the reader sees in the work queue',
  })
  @IsOptional()
  @IsIn(CONSULTATION_LIST_STATES)
  state: (typeof CONSULTATION_LIST_STATES)[number] = 'open';
}

export class ConsultationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty({ nullable: true, type: String, example: '000.00.20.H54-260827-0001' })
  dossierCode!: string | null;
  @ApiProperty({ example: 'IN_PROGRESS' }) dossierStatus!: string;
  @ApiProperty({ example: 'Đăng ký khai sinh' }) procedureName!: string;
  @ApiProperty({ format: 'uuid', description: 'The agency that held the dossier and asked' })
  requestingAgencyId!: string;
  @ApiProperty({ example: 'UBND xã An Mỹ' }) requestingAgencyName!: string;
  @ApiProperty({ format: 'uuid' }) requestedById!: string;
  @ApiProperty({ format: 'uuid' }) consultedAgencyId!: string;
  @ApiProperty({ example: 'Phòng Tư pháp huyện Tuy An' }) consultedAgencyName!: string;
  @ApiProperty({ example: 'Đề nghị cho ý kiến về tính hợp lệ của giấy tờ kèm theo' }) question!: string;
  @ApiProperty({ minimum: 1, maximum: 15, example: 5 }) workingDays!: number;
  @ApiProperty({ example: '2026-08-28T10:00:00+07:00' }) requestedAt!: string;
  @ApiProperty({
    description: 'Counted in working days on the working calendar',
    example: '2026-09-04T10:00:00+07:00',
  })
  dueAt!: string;
  @ApiProperty({ nullable: true, type: String }) answer!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) answeredById!: string | null;
  @ApiProperty({ nullable: true, type: String }) answeredAt!: string | null;
  @ApiProperty({ nullable: true, type: Boolean, description: 'Answered after its due time' })
  answeredLate!: boolean | null;
  @ApiProperty({
    enum: CONSULTATION_STATES,
    description: 'Within time, due within one working day, overdue; or answered on time / late',
  })
  state!: ConsultationState;
  @ApiProperty({ example: 'Trong hạn' }) stateLabel!: string;
  @ApiProperty({
    description: 'The reader may answer it now (ANSWER_CONSULTATION with this consultationId)',
  })
  answerable!: boolean;
}

export class ConsultationPageDto {
  @ApiProperty({ type: [ConsultationDto] }) items!: ConsultationDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

const instant = (value: Date | null): string | null => (value ? formatVietnamInstant(value.getTime()) : null);

export function toConsultationDto(read: ReadConsultation): ConsultationDto {
  const { consultation } = read;
  return {
    id: consultation.id,
    dossierId: consultation.dossierId,
    dossierCode: read.dossierCode,
    dossierStatus: read.dossierStatus,
    procedureName: read.procedureName,
    requestingAgencyId: consultation.requestingAgencyId,
    requestingAgencyName: read.requestingAgencyName,
    requestedById: consultation.requestedById,
    consultedAgencyId: consultation.consultedAgencyId,
    consultedAgencyName: read.consultedAgencyName,
    question: consultation.question,
    workingDays: consultation.workingDays,
    requestedAt: formatVietnamInstant(consultation.requestedAt.getTime()),
    dueAt: formatVietnamInstant(consultation.dueAt.getTime()),
    answer: consultation.answer,
    answeredById: consultation.answeredById,
    answeredAt: instant(consultation.answeredAt),
    answeredLate: consultation.answeredLate,
    state: read.state,
    stateLabel: CONSULTATION_STATE_LABELS[read.state],
    answerable: read.answerable,
  };
}
