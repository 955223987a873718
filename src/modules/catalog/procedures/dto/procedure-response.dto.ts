import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGENCY_KINDS } from '../../agencies/domain/agency-kinds';
import {
  CHANNELS,
  DOCUMENT_FORMS,
  FEE_KINDS,
  IMPLEMENTING_LEVELS,
  ONLINE_MODES,
  PROCEDURE_STATUSES,
  SERVICE_LEVELS,
  TIME_UNITS,
  VERSION_STATUSES,
} from '../domain/procedure-vocabulary';

export class SectorRefResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'G09-TP05' })
  code!: string;

  @ApiProperty({ example: 'Hộ tịch' })
  name!: string;
}

export class TimeLimitResponse {
  @ApiProperty({ example: 3 })
  amount!: number;

  @ApiProperty({ enum: TIME_UNITS })
  unit!: string;

  @ApiProperty({ example: '3 ngày làm việc', description: 'Cách đọc cho người dùng' })
  text!: string;
}

export class AgencyRefResponse {
  @ApiProperty({ enum: AGENCY_KINDS, nullable: true, type: String })
  agencyKind!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  agencyId!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Tên cơ quan cụ thể (khi có agencyId)' })
  agencyName!: string | null;
}

export class RouteStepResponse extends AgencyRefResponse {
  @ApiProperty()
  sequence!: number;

  @ApiProperty({ enum: IMPLEMENTING_LEVELS })
  level!: string;

  @ApiProperty({ type: String, nullable: true })
  agencyLabel!: string | null;

  @ApiProperty()
  task!: string;

  @ApiProperty({ type: TimeLimitResponse })
  allotted!: TimeLimitResponse;

  @ApiProperty()
  isLead!: boolean;
}

export class ImplementationResponse extends AgencyRefResponse {
  @ApiProperty({ enum: IMPLEMENTING_LEVELS })
  level!: string;

  @ApiProperty({ type: TimeLimitResponse })
  timeLimit!: TimeLimitResponse;

  @ApiProperty({ type: String, nullable: true })
  timeLimitNote!: string | null;

  @ApiProperty({ type: [RouteStepResponse] })
  route!: RouteStepResponse[];
}

export class RequiredDocumentResponse {
  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: DOCUMENT_FORMS })
  form!: string;

  @ApiProperty()
  quantity!: number;

  @ApiProperty()
  isRequired!: boolean;

  @ApiProperty({ type: String, nullable: true })
  condition!: string | null;

  @ApiProperty({ type: String, nullable: true })
  templateRef!: string | null;
}

export class FeeResponse {
  @ApiProperty({ enum: FEE_KINDS })
  kind!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ type: Number, nullable: true })
  amountVnd!: number | null;

  @ApiProperty({ type: String, nullable: true })
  rule!: string | null;

  @ApiProperty({ type: String, nullable: true })
  collector!: string | null;
}

export class VersionFactsResponse {
  @ApiProperty()
  versionNo!: number;

  @ApiProperty({ enum: VERSION_STATUSES })
  status!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  effectiveFrom!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  publishedAt!: string | null;
}

export class ProcedureVersionResponse extends VersionFactsResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: SectorRefResponse })
  sector!: SectorRefResponse;

  @ApiProperty({ type: [ImplementationResponse] })
  implementations!: ImplementationResponse[];

  @ApiProperty({ enum: SERVICE_LEVELS })
  serviceLevel!: number;

  @ApiProperty({ enum: ONLINE_MODES })
  onlineMode!: string;

  @ApiProperty()
  fullyOnlineEligible!: boolean;

  @ApiProperty({ enum: CHANNELS, isArray: true })
  channels!: string[];

  @ApiProperty({ type: [RequiredDocumentResponse] })
  documents!: RequiredDocumentResponse[];

  @ApiProperty({ type: [FeeResponse] })
  fees!: FeeResponse[];

  @ApiProperty()
  resultType!: string;

  @ApiProperty()
  resultElectronic!: boolean;

  @ApiProperty()
  legalBasis!: string;

  @ApiProperty({ type: String, nullable: true })
  applicants!: string | null;

  @ApiProperty({ type: String, nullable: true })
  publicationDecision!: string | null;
}

export class ProcedureSummaryResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '1.001193.000.00.00.H55' })
  code!: string;

  @ApiProperty({ type: String, nullable: true, example: '1.001193' })
  nationalCode!: string | null;

  @ApiProperty({ example: 'Đăng ký khai sinh' })
  name!: string;

  @ApiProperty({ enum: PROCEDURE_STATUSES })
  status!: string;

  @ApiProperty({ description: 'Dữ liệu minh họa sinh tự động, không phải thủ tục thật' })
  isDemo!: boolean;

  @ApiProperty({ type: SectorRefResponse })
  sector!: SectorRefResponse;

  @ApiProperty({ enum: IMPLEMENTING_LEVELS, isArray: true })
  levels!: string[];

  @ApiProperty({ enum: SERVICE_LEVELS })
  serviceLevel!: number;

  @ApiProperty({ enum: ONLINE_MODES })
  onlineMode!: string;

  @ApiProperty({ enum: CHANNELS, isArray: true })
  channels!: string[];

  @ApiProperty()
  latestVersionNo!: number;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Điểm xếp hạng khi tìm theo q' })
  score!: number | null;
}

export class ProcedurePageResponse {
  @ApiProperty({ type: [ProcedureSummaryResponse] })
  items!: ProcedureSummaryResponse[];

  @ApiProperty()
  page!: number;

  @ApiProperty()
  pageSize!: number;

  @ApiProperty({ description: 'Số thủ tục khớp (tối đa 10.000, xem totalCapped)' })
  total!: number;

  @ApiProperty({ description: 'true: có hơn 10.000 thủ tục khớp; hãy thu hẹp điều kiện tìm' })
  totalCapped!: boolean;
}

export class ProcedureDetailResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  code!: string;

  @ApiProperty({ type: String, nullable: true })
  nationalCode!: string | null;

  @ApiProperty({ type: [String] })
  onlineVariantCodes!: string[];

  @ApiProperty({ enum: PROCEDURE_STATUSES })
  status!: string;

  @ApiProperty()
  isDemo!: boolean;

  @ApiProperty({
    type: ProcedureVersionResponse,
    nullable: true,
    description: 'Phiên bản đang có hiệu lực hôm nay (giờ Việt Nam)',
  })
  currentVersion!: ProcedureVersionResponse | null;

  @ApiProperty({
    type: ProcedureVersionResponse,
    nullable: true,
    description: 'Phiên bản đã công bố, sẽ có hiệu lực từ một ngày sau hôm nay',
  })
  upcomingVersion!: ProcedureVersionResponse | null;

  @ApiPropertyOptional({
    type: ProcedureVersionResponse,
    nullable: true,
    description: 'Bản dự thảo (chỉ trên API quản trị)',
  })
  draftVersion?: ProcedureVersionResponse | null;

  @ApiProperty({ type: [VersionFactsResponse], description: 'Các phiên bản (công khai: đã công bố)' })
  versions!: VersionFactsResponse[];
}
