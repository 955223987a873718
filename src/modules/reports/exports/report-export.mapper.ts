import { formatVietnamInstant } from '../../calendar';
import { API_PREFIX } from '../../../infra/http/configure-http-app';
import { type ReportExportDto } from './report-export.dto';
import { type ReportExport } from './report-export.entity';

const instant = (value: Date | null): string | null => (value ? formatVietnamInstant(value.getTime()) : null);

export function toReportExportDto(row: ReportExport): ReportExportDto {
  const self = `/${API_PREFIX}/reports/exports/${row.id}`;
  return {
    id: row.id,
    report: row.report,
    format: row.format,
    query: row.query,
    status: row.status,
    progress: row.progress,
    rows: row.rows,
    fileName: row.fileName,
    sizeBytes: row.sizeBytes === null ? null : Number(row.sizeBytes),
    sha256: row.sha256,
    error: row.errorTitle === null ? null : { title: row.errorTitle, detail: row.errorDetail ?? '' },
    createdAt: formatVietnamInstant(row.createdAt.getTime()),
    startedAt: instant(row.startedAt),
    finishedAt: instant(row.finishedAt),
    expiresAt: instant(row.expiresAt),
    links: { self, file: row.status === 'DONE' ? `${self}/file` : null },
  };
}
