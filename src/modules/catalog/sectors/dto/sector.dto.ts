import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { SECTOR_CODE_PATTERN } from '../domain/sector-code';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SectorResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'G09-TP05', description: 'Mã lĩnh vực dạng MX1X2-LV' })
  code!: string;

  @ApiProperty({ example: 'Hộ tịch' })
  name!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Bộ Tư pháp' })
  ministry!: string | null;

  @ApiProperty({ description: 'Số thủ tục đang công bố thuộc lĩnh vực' })
  publishedProcedures!: number;
}

export class SectorListResponse {
  @ApiProperty({ type: [SectorResponse] })
  items!: SectorResponse[];
}

export class CreateSectorDto {
  @ApiProperty({ example: 'G09-TP05', pattern: SECTOR_CODE_PATTERN.source })
  @Transform(trimmed)
  @Matches(SECTOR_CODE_PATTERN, { message: 'code: dạng MX1X2-LV, chữ in hoa và số (ví dụ G09-TP05)' })
  code!: string;

  @ApiProperty({ example: 'Hộ tịch', maxLength: 255 })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Bộ Tư pháp', maxLength: 255 })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsString()
  @MaxLength(255)
  ministry?: string | null;
}

export class UpdateSectorDto {
  @ApiPropertyOptional({ example: 'Hộ tịch', maxLength: 255 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 255 })
  @IsOptional()
  @ValidateIf((_object, value) => value !== null)
  @IsString()
  @MaxLength(255)
  ministry?: string | null;
}
