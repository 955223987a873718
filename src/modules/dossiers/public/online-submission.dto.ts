import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsUUID, ValidateNested } from 'class-validator';
import { ApplicantDto, ChecklistItemDto } from '../intake/desk-intake.dto';

export class OnlineSubmissionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  procedureId!: string;

  @ApiProperty({ format: 'uuid', description: 'The one-stop desk the dossier is submitted to' })
  @IsUUID()
  deskAgencyId!: string;

  @ApiProperty({ type: ApplicantDto })
  @ValidateNested()
  @Type(() => ApplicantDto)
  applicant!: ApplicantDto;

  @ApiProperty({
    type: [ChecklistItemDto],
    description: 'The published document list, with what the citizen provides',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ChecklistItemDto)
  checklist!: ChecklistItemDto[];
}
