import { ApiPropertyOptional } from '@nestjs/swagger';
import { CONSULTATION_TEXT_MAX, CONSULTATION_WORKING_DAYS } from '../domain/consultation';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

export class DossierActionDto {
  @ApiPropertyOptional({
    description: 'The dossier version the caller saw (or send If-Match); a stale one gets 409',
    example: 3,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional({
    description: 'Reason or note; required for refusals, supplements, apologies, withdrawal, stop',
    example: 'Thiếu bản sao giấy chứng sinh',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'ASSIGN / REASSIGN: the handler' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional({
    description: 'ISSUE_APOLOGY: the new appointment (ISO-8601 with offset)',
    example: '2025-03-20T16:00:00+07:00',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  newAppointmentAt?: string;

  @ApiPropertyOptional({
    description:
      'RETURN_TO_PREVIOUS_STEP on an inter-agency route: send the dossier back to the previous agency (its step is done again)',
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  toPreviousAgency?: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "CONSULT: the agency asked (active, not the handler's own)",
  })
  @IsOptional()
  @IsUUID()
  consultedAgencyId?: string;

  @ApiPropertyOptional({
    description: 'CONSULT: what the agency is asked',
    example: 'Đề nghị cho ý kiến về tính hợp lệ của giấy tờ kèm theo',
  })
  @IsOptional()
  @IsString()
  @MaxLength(CONSULTATION_TEXT_MAX)
  question?: string;

  @ApiPropertyOptional({
    description: `CONSULT: the time to answer in working days (default ${CONSULTATION_WORKING_DAYS.default})`,
    minimum: CONSULTATION_WORKING_DAYS.min,
    maximum: CONSULTATION_WORKING_DAYS.max,
    example: CONSULTATION_WORKING_DAYS.default,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  workingDays?: number;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'ANSWER_CONSULTATION: which consultation (needed when several wait for the caller)',
  })
  @IsOptional()
  @IsUUID()
  consultationId?: string;

  @ApiPropertyOptional({ description: 'ANSWER_CONSULTATION: the answer', example: 'Giấy tờ hợp lệ' })
  @IsOptional()
  @IsString()
  @MaxLength(CONSULTATION_TEXT_MAX)
  answer?: string;
}
