import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { SUCCESSION_SHARES, type SuccessionShare } from '../domain/agency-kinds';
import { ISO_DATE_PATTERN, trimmed } from './agency-field-rules';

export class SuccessorDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  agencyId!: string;

  @ApiProperty({
    enum: SUCCESSION_SHARES,
    description: 'WHOLE: kế thừa toàn bộ; PART: một phần (khi chia tách)',
  })
  @IsIn(SUCCESSION_SHARES)
  share!: SuccessionShare;
}

export class CloseAgencyDto {
  @ApiProperty({ format: 'date', example: '2025-06-30', description: 'Ngày hoạt động cuối cùng' })
  @Matches(ISO_DATE_PATTERN)
  @IsISO8601({ strict: true })
  validTo!: string;

  @ApiPropertyOptional({
    type: [SuccessorDto],
    description:
      'Cơ quan kế thừa, hoạt động từ ngày sau validTo; để trống khi giải thể không có cơ quan kế thừa',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SuccessorDto)
  successors: SuccessorDto[] = [];

  @ApiPropertyOptional({ example: 'Nghị quyết số .../NQ-UBTVQH15' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(255)
  note?: string;
}
