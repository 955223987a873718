import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

export const DESK_CHANNELS = ['DIRECT', 'POST'] as const;
export const INTAKE_OUTCOMES = ['RECEIVE', 'REQUEST_SUPPLEMENT', 'REFUSE'] as const;
export const APPLICANT_KINDS = ['PERSON', 'ORGANISATION'] as const;

export class ApplicantDto {
  @ApiProperty({ enum: APPLICANT_KINDS, example: 'PERSON' })
  @IsIn(APPLICANT_KINDS)
  kind!: (typeof APPLICANT_KINDS)[number];

  @ApiProperty({ example: 'Nguyễn Thị Lan' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: '054200001234', description: 'Stored encrypted; shown masked' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  idNumber?: string;

  @ApiPropertyOptional({
    example: '0905123456',
    description: 'Stored encrypted; its last 4 digits verify public tracking',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  phone?: string;

  @ApiPropertyOptional({ example: 'lan.nguyen@example.vn' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '12 Lê Lợi, Phường 1, Tuy Hòa' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string;
}

export class ChecklistItemDto {
  @ApiProperty({ description: "Index of the document in the procedure version's published list", example: 0 })
  @IsInt()
  @Min(0)
  documentIndex!: number;

  @ApiProperty({ description: 'The applicant handed this document in' })
  @IsBoolean()
  provided!: boolean;
}

export class DeskIntakeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  procedureId!: string;

  @ApiProperty({ enum: DESK_CHANNELS, example: 'DIRECT' })
  @IsIn(DESK_CHANNELS)
  channel!: (typeof DESK_CHANNELS)[number];

  @ApiProperty({ type: ApplicantDto })
  @ValidateNested()
  @Type(() => ApplicantDto)
  applicant!: ApplicantDto;

  @ApiProperty({
    type: [ChecklistItemDto],
    description: 'The published document list, ticked (Decree 61/2018 art. 17)',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ChecklistItemDto)
  checklist!: ChecklistItemDto[];

  @ApiProperty({
    enum: INTAKE_OUTCOMES,
    description: 'Receive (Mẫu 01), ask once for a supplement (Mẫu 02), or refuse (Mẫu 03)',
  })
  @IsIn(INTAKE_OUTCOMES)
  outcome!: (typeof INTAKE_OUTCOMES)[number];

  @ApiPropertyOptional({
    description: 'What is missing (supplement) or why (refusal)',
    example: 'Thiếu giấy chứng sinh',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
