import { ApiPropertyOptional } from '@nestjs/swagger';
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
}
