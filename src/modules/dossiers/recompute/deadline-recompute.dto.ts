import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, ValidateNested } from 'class-validator';
import { ProposedChangeDto } from '../../calendar';

export class DeadlineRecomputePreviewDto {
  @ApiProperty({
    type: ProposedChangeDto,
    description:
      'Thay đổi định lưu, như POST /calendar/recompute-preview: đúng một trong yearSchedule, officeHours',
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ProposedChangeDto)
  change!: ProposedChangeDto;
}
