import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import { saveFile } from '../download-file';

export type ReportExport = components['schemas']['ReportExportDto'];
export type ExportStatus = ReportExport['status'];
type ExportRequest = components['schemas']['ReportExportRequestDto'];

export const REPORT_LABELS = {
  'on-time': 'Tình hình giải quyết hồ sơ',
  'on-time-dossiers': 'Danh sách hồ sơ',
  'form-06': 'Biểu 06',
  lateness: 'Hồ sơ quá hạn',
  'index-766': 'Chỉ số phục vụ (QĐ 766)',
  dashboard: 'Bảng điều hành',
} as const satisfies Record<ReportExport['report'], string>;

export const STATUS_LABELS = {
  QUEUED: { label: 'Đang chờ', colour: 'default' },
  RUNNING: { label: 'Đang xuất', colour: 'processing' },
  DONE: { label: 'Đã xong', colour: 'success' },
  FAILED: { label: 'Không thành công', colour: 'error' },
} as const satisfies Record<ExportStatus, { label: string; colour: string }>;

export const isUnfinished = (status: ExportStatus) => status === 'QUEUED' || status === 'RUNNING';

// Background exports (POST /reports/exports): the file is written by a job, so a list of any
// size is never held in the browser; the requester sees it in "Tệp xuất" and downloads it.
export const reportExports = {
  request: (body: ExportRequest) => unwrap(api.POST('/api/v1/reports/exports', { body })),
  list: () => unwrap(api.GET('/api/v1/reports/exports', { params: { query: { page: 1, pageSize: 10 } } })),
  download: (item: ReportExport) =>
    saveFile(
      api.GET('/api/v1/reports/exports/{id}/file', { params: { path: { id: item.id } }, parseAs: 'blob' }),
      item.fileName ?? `${item.report}.${item.format}`,
    ),
};
