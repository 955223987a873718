import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { AGENCY_KINDS, type AgencyKind } from '../../agencies/domain/agency-kinds';
import {
  CHANNELS,
  type Channel,
  DOCUMENT_FORMS,
  type DocumentForm,
  FEE_KINDS,
  type FeeKind,
  IMPLEMENTING_LEVELS,
  type ImplementingLevel,
  ONLINE_MODES,
  type OnlineMode,
  SERVICE_LEVELS,
  type ServiceLevel,
  TIME_UNITS,
  type TimeUnit,
} from '../domain/procedure-vocabulary';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const notNull = (_object: object, value: unknown) => value !== null && value !== undefined;

export class TimeLimitDto {
  @ApiProperty({ example: 3, description: '0 ngày làm việc = giải quyết trong ngày' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  amount!: number;

  @ApiProperty({ enum: TIME_UNITS, example: 'WORKING_DAYS' })
  @IsIn(TIME_UNITS)
  unit!: TimeUnit;
}

export class RouteStepDto {
  @ApiProperty({ minimum: 1, maximum: 99, description: 'Thứ tự bước; các bước cùng số chạy song song' })
  @IsInt()
  @Min(1)
  @Max(99)
  sequence!: number;

  @ApiProperty({ enum: IMPLEMENTING_LEVELS })
  @IsIn(IMPLEMENTING_LEVELS)
  level!: ImplementingLevel;

  @ApiPropertyOptional({ enum: AGENCY_KINDS, nullable: true })
  @IsOptional()
  @ValidateIf(notNull)
  @IsIn(AGENCY_KINDS)
  agencyKind?: AgencyKind | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf(notNull)
  @IsUUID()
  agencyId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Chi cục Thuế', maxLength: 255 })
  @IsOptional()
  @ValidateIf(notNull)
  @IsString()
  @MaxLength(255)
  agencyLabel?: string | null;

  @ApiProperty({ example: 'Thẩm định hồ sơ, trình Chủ tịch UBND huyện', maxLength: 1000 })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  task!: string;

  @ApiProperty({ type: TimeLimitDto })
  @ValidateNested()
  @Type(() => TimeLimitDto)
  allotted!: TimeLimitDto;

  @ApiProperty({ description: 'Cơ quan chủ trì (đúng một bước)' })
  @IsBoolean()
  isLead!: boolean;
}

export class ImplementationDto {
  @ApiProperty({ enum: IMPLEMENTING_LEVELS })
  @IsIn(IMPLEMENTING_LEVELS)
  level!: ImplementingLevel;

  @ApiPropertyOptional({
    enum: AGENCY_KINDS,
    nullable: true,
    description: 'Loại cơ quan giải quyết ở cấp này',
  })
  @IsOptional()
  @ValidateIf(notNull)
  @IsIn(AGENCY_KINDS)
  agencyKind?: AgencyKind | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Hoặc một cơ quan cụ thể',
  })
  @IsOptional()
  @ValidateIf(notNull)
  @IsUUID()
  agencyId?: string | null;

  @ApiProperty({ type: TimeLimitDto })
  @ValidateNested()
  @Type(() => TimeLimitDto)
  timeLimit!: TimeLimitDto;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @IsOptional()
  @ValidateIf(notNull)
  @IsString()
  @MaxLength(1000)
  timeLimitNote?: string | null;

  @ApiPropertyOptional({
    type: [RouteStepDto],
    description: 'Quy trình liên thông (trống: một cơ quan giải quyết)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => RouteStepDto)
  route?: RouteStepDto[];
}

export class RequiredDocumentDto {
  @ApiProperty({ example: 'Tờ khai đăng ký khai sinh theo mẫu', maxLength: 1000 })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  name!: string;

  @ApiProperty({ enum: DOCUMENT_FORMS })
  @IsIn(DOCUMENT_FORMS)
  form!: DocumentForm;

  @ApiProperty({ minimum: 1, maximum: 99, example: 1 })
  @IsInt()
  @Min(1)
  @Max(99)
  quantity!: number;

  @ApiProperty({ description: 'Bắt buộc (false: tùy trường hợp, xem condition)' })
  @IsBoolean()
  isRequired!: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @IsOptional()
  @ValidateIf(notNull)
  @IsString()
  @MaxLength(1000)
  condition?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 255, example: 'Mẫu TT 04/2020/TT-BTP' })
  @IsOptional()
  @ValidateIf(notNull)
  @IsString()
  @MaxLength(255)
  templateRef?: string | null;
}

export class FeeDto {
  @ApiProperty({ enum: FEE_KINDS, description: 'FEE = phí, CHARGE = lệ phí' })
  @IsIn(FEE_KINDS)
  kind!: FeeKind;

  @ApiProperty({ example: 'Lệ phí chứng thực chữ ký', maxLength: 500 })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  description!: string;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 10000, description: 'Số tiền (đồng)' })
  @IsOptional()
  @ValidateIf(notNull)
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  amountVnd?: number | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 1000,
    description: 'Cách tính khi không phải một số tiền',
  })
  @IsOptional()
  @ValidateIf(notNull)
  @IsString()
  @MaxLength(1000)
  rule?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 255, example: 'UBND cấp xã' })
  @IsOptional()
  @ValidateIf(notNull)
  @IsString()
  @MaxLength(255)
  collector?: string | null;
}

// The content of a version, as an administrator writes it.
export class ProcedureContentDto {
  @ApiProperty({ example: 'Đăng ký khai sinh', maxLength: 500 })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  name!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  sectorId!: string;

  @ApiProperty({ type: [ImplementationDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => ImplementationDto)
  implementations!: ImplementationDto[];

  @ApiProperty({ enum: SERVICE_LEVELS, description: 'Mức độ dịch vụ công trực tuyến (Nghị định 43/2011)' })
  @IsIn(SERVICE_LEVELS)
  serviceLevel!: ServiceLevel;

  @ApiProperty({ enum: ONLINE_MODES, description: 'Nghị định 42/2022: FULL toàn trình, PARTIAL một phần' })
  @IsIn(ONLINE_MODES)
  onlineMode!: OnlineMode;

  @ApiProperty()
  @IsBoolean()
  fullyOnlineEligible!: boolean;

  @ApiProperty({ enum: CHANNELS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsIn(CHANNELS, { each: true })
  channels!: Channel[];

  @ApiProperty({ type: [RequiredDocumentDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RequiredDocumentDto)
  documents!: RequiredDocumentDto[];

  @ApiProperty({ type: [FeeDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => FeeDto)
  fees!: FeeDto[];

  @ApiProperty({ example: 'Giấy khai sinh (bản chính)', maxLength: 1000 })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  resultType!: string;

  @ApiProperty({ description: 'Kết quả điện tử' })
  @IsBoolean()
  resultElectronic!: boolean;

  @ApiProperty({ example: 'Luật Hộ tịch năm 2014', maxLength: 5000 })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  legalBasis!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @IsOptional()
  @ValidateIf(notNull)
  @IsString()
  @MaxLength(1000)
  applicants?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500, example: 'Quyết định số …/QĐ-UBND' })
  @IsOptional()
  @ValidateIf(notNull)
  @IsString()
  @MaxLength(500)
  publicationDecision?: string | null;
}
