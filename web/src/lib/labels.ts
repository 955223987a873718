import type { components, operations } from '../api/schema';

type Schemas = components['schemas'];
type Level = Schemas['ProcedureSummaryResponse']['levels'][number];
type Channel = Schemas['ProcedureSummaryResponse']['channels'][number];
type DocumentForm = Schemas['RequiredDocumentResponse']['form'];
type FeeKind = Schemas['FeeResponse']['kind'];
type OnlineMode = Schemas['ProcedureSummaryResponse']['onlineMode'];
type AgencyKind = NonNullable<Schemas['ImplementationResponse']['agencyKind']>;
type TimeUnit = Schemas['TimeLimitDto']['unit'];
type DossierStatus = NonNullable<
  NonNullable<operations['DossiersController_list']['parameters']['query']>['status']
>;

// Display names of the API's codes; `satisfies Record<...>` makes the compiler ask for a label
// when the API gains a value.
export const LEVEL_LABELS = {
  PROVINCE: 'Cấp tỉnh',
  DISTRICT: 'Cấp huyện',
  COMMUNE: 'Cấp xã',
} as const satisfies Record<Level, string>;

export const CHANNEL_LABELS = {
  DIRECT: 'Trực tiếp',
  ONLINE: 'Trực tuyến',
  POST: 'Bưu chính',
} as const satisfies Record<Channel, string>;

export const DOCUMENT_FORM_LABELS = {
  ORIGINAL: 'Bản chính',
  COPY: 'Bản sao',
  CERTIFIED_COPY: 'Bản sao chứng thực',
  ORIGINAL_OR_CERTIFIED_COPY: 'Bản chính hoặc bản sao chứng thực',
  PRESENT_ORIGINAL: 'Xuất trình bản chính',
} as const satisfies Record<DocumentForm, string>;

export const FEE_KIND_LABELS = {
  FEE: 'Phí',
  CHARGE: 'Lệ phí',
} as const satisfies Record<FeeKind, string>;

export const AGENCY_KIND_LABELS = {
  PEOPLES_COMMITTEE: 'Ủy ban nhân dân',
  PEOPLES_COUNCIL: 'Hội đồng nhân dân',
  DEPARTMENT: 'Sở, ban, ngành',
  SERVICE_CENTRE: 'Trung tâm Phục vụ hành chính công',
  ONE_STOP_DESK: 'Bộ phận Tiếp nhận và Trả kết quả',
  UNIT: 'Đơn vị chuyên môn',
} as const satisfies Record<AgencyKind, string>;

export const TIME_UNIT_LABELS = {
  WORKING_DAYS: 'ngày làm việc',
  WORKING_HOURS: 'giờ làm việc',
  CALENDAR_DAYS: 'ngày',
  MONTHS: 'tháng',
} as const satisfies Record<TimeUnit, string>;

export const ONLINE_MODE_LABELS = {
  FULL: 'Trực tuyến toàn trình',
  PARTIAL: 'Trực tuyến một phần',
  NONE: 'Chưa cung cấp trực tuyến',
} as const satisfies Record<OnlineMode, string>;

// Same words as the API's statusLabel (src/modules/dossiers/domain/dossier-status.ts).
export const DOSSIER_STATUS_LABELS = {
  SUBMITTED: 'Mới đăng ký, chờ kiểm tra',
  SUPPLEMENT_REQUESTED_AT_RECEPTION: 'Yêu cầu bổ sung khi tiếp nhận',
  NOT_RECEIVED: 'Không được tiếp nhận',
  RECEIVED: 'Đã tiếp nhận',
  IN_PROGRESS: 'Đang xử lý',
  AWAITING_APPROVAL: 'Chờ phê duyệt',
  APPROVED: 'Đã phê duyệt, chờ ban hành',
  SUPPLEMENT_REQUESTED: 'Yêu cầu bổ sung hồ sơ',
  AWAITING_FINANCIAL_OBLIGATION: 'Chờ thực hiện nghĩa vụ tài chính',
  WITHDRAWN: 'Công dân rút hồ sơ',
  STOPPED: 'Dừng xử lý',
  RESOLVED: 'Đã giải quyết, chờ trả kết quả',
  RETURNED: 'Đã trả kết quả',
} as const satisfies Record<DossierStatus, string>;

export type { DossierStatus };

export function formatVnd(amount: number): string {
  return `${new Intl.NumberFormat('vi-VN').format(amount)} đồng`;
}
