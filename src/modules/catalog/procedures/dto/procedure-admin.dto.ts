import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { CATALOG_CODE_PATTERN, NATIONAL_CODE_PATTERN } from '../domain/procedure-codes';
import { ProcedureContentDto } from './procedure-content.dto';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreateProcedureDto extends ProcedureContentDto {
  @ApiProperty({ example: '1.001193.000.00.00.H55', pattern: CATALOG_CODE_PATTERN.source })
  @Matches(CATALOG_CODE_PATTERN, { message: 'code: 3–60 ký tự chữ, số, dấu chấm, gạch' })
  code!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '1.001193',
    pattern: NATIONAL_CODE_PATTERN.source,
  })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @Matches(NATIONAL_CODE_PATTERN, { message: 'nationalCode: dạng D.NNNNNN (ví dụ 1.001193)' })
  nationalCode?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['1.001193.000.00.00.H55.02'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(CATALOG_CODE_PATTERN, { each: true })
  onlineVariantCodes?: string[];
}

export class PublishProcedureDto {
  @ApiProperty({ format: 'date', example: '2026-12-01', description: 'Ngày bắt đầu áp dụng (giờ Việt Nam)' })
  @Matches(ISO_DATE, { message: 'effectiveFrom: ngày dạng YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  effectiveFrom!: string;
}

export class ProcedureStatusChangeDto {
  @ApiProperty({ example: 'Theo Quyết định bãi bỏ số …/QĐ-UBND', maxLength: 1000 })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}
