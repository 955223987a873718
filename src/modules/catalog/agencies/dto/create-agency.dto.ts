import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { DECISION20_CODE_PATTERN, QCVN_CODE_PATTERN } from '../domain/agency-code';
import { AGENCY_KINDS, type AgencyKind } from '../domain/agency-kinds';
import {
  AGENCY_KEY_PATTERN,
  GSO_CODE_PATTERN,
  ISO_DATE_PATTERN,
  LEVEL_CODE_PATTERN,
  trimmed,
} from './agency-field-rules';

export class CreateAgencyDto {
  @ApiProperty({
    example: 'PY-COMMUNE-22015-UNIT-TUPHAP',
    description: 'Khóa ổn định, duy nhất (A-Z, 0-9, -)',
  })
  @Matches(AGENCY_KEY_PATTERN)
  key!: string;

  @ApiProperty({ example: 'Bộ phận Tư pháp - Hộ tịch phường 1' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  name!: string;

  @ApiProperty({ example: 'Tư pháp - Hộ tịch phường 1' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  shortName!: string;

  @ApiProperty({ example: 'COMMUNE', description: 'Cấp hành chính còn hiệu lực vào ngày validFrom' })
  @Matches(LEVEL_CODE_PATTERN)
  levelCode!: string;

  @ApiProperty({ enum: AGENCY_KINDS })
  @IsIn(AGENCY_KINDS)
  kind!: AgencyKind;

  @ApiProperty({ format: 'uuid', description: 'Cơ quan cấp trên; không thay đổi được về sau' })
  @IsUUID()
  parentId!: string;

  @ApiPropertyOptional({
    example: '001.01.31.H55',
    nullable: true,
    description: 'Mã định danh QCVN 102:2016',
  })
  @IsOptional()
  @Matches(QCVN_CODE_PATTERN)
  qcvnCode?: string | null;

  @ApiPropertyOptional({
    example: 'H55.31.01.001',
    nullable: true,
    description: 'Mã theo Quyết định 20/2020/QĐ-TTg; bỏ trống thì suy ra từ qcvnCode',
  })
  @IsOptional()
  @Matches(DECISION20_CODE_PATTERN)
  decision20Code?: string | null;

  @ApiPropertyOptional({
    example: '22015',
    nullable: true,
    description: 'Mã đơn vị hành chính thống kê (GSO)',
  })
  @IsOptional()
  @Matches(GSO_CODE_PATTERN)
  gsoCode?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(255)
  address?: string | null;

  @ApiProperty({ format: 'date', example: '2026-01-01' })
  @Matches(ISO_DATE_PATTERN)
  @IsISO8601({ strict: true })
  validFrom!: string;
}
