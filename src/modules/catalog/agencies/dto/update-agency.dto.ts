import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { DECISION20_CODE_PATTERN, QCVN_CODE_PATTERN } from '../domain/agency-code';
import { GSO_CODE_PATTERN, trimmed } from './agency-field-rules';

const isGiven = (_object: object, value: unknown): boolean => value !== undefined;

// Corrections only. Parent, level, kind and dates are history: a reorganisation closes the
// agency (POST /agencies/{id}/close) and creates its successors instead.
export class UpdateAgencyDto {
  @ApiPropertyOptional()
  @ValidateIf(isGiven)
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  name?: string;

  @ApiPropertyOptional()
  @ValidateIf(isGiven)
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  shortName?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(255)
  address?: string | null;

  @ApiPropertyOptional({ example: '000.01.31.H55', nullable: true })
  @IsOptional()
  @Matches(QCVN_CODE_PATTERN)
  qcvnCode?: string | null;

  @ApiPropertyOptional({
    example: 'H55.31.01',
    nullable: true,
    description: 'Bỏ trống thì suy ra từ qcvnCode',
  })
  @IsOptional()
  @Matches(DECISION20_CODE_PATTERN)
  decision20Code?: string | null;

  @ApiPropertyOptional({ example: '22015', nullable: true })
  @IsOptional()
  @Matches(GSO_CODE_PATTERN)
  gsoCode?: string | null;
}
