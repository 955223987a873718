import { api } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import type { DrillDownQuery, OnTimeQuery } from './report-api';

// Reads the file name the server gave (RFC 8187 filename*=UTF-8''… first, then filename="…").
function fileNameOf(disposition: string | null, fallback: string): string {
  const extended = disposition ? /filename\*=UTF-8''([^;]+)/i.exec(disposition) : null;
  if (extended) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      // A malformed name: use the plain one or the fallback.
    }
  }
  const plain = disposition ? /filename="?([^";]+)"?/i.exec(disposition) : null;
  return plain?.[1] ?? fallback;
}

interface FileOutcome {
  data?: Blob;
  error?: unknown;
  response: Response;
}

// Saves a file the API answered (a call made with parseAs: 'blob' through the API client, so
// with the bearer token and one refresh on 401): a bare link would go without the token.
// Returns the file name; throws an ApiProblem when the API refused.
export async function saveFile(call: Promise<FileOutcome>, fallbackName: string): Promise<string> {
  let outcome: FileOutcome;
  try {
    outcome = await call;
  } catch {
    throw ApiProblem.offline();
  }
  const { response } = outcome;
  if (!response.ok) {
    throw ApiProblem.fromResponse(response, outcome.error);
  }
  const blob = outcome.data ?? (await response.blob());
  const name = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked after the click has been handled, so the download has its bytes.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  return name;
}

export type FileFormat = 'csv' | 'xlsx';

// The reports a card offers as a file, each with the query of its own endpoint.
export type ReportFile =
  | { report: 'on-time'; query: Omit<OnTimeQuery, 'format'> }
  | { report: 'on-time-dossiers'; query: Omit<DrillDownQuery, 'format' | 'page' | 'pageSize'> }
  | { report: 'form-06'; query: { period: string; agencyId?: string } }
  | { report: 'index-766'; query: { period: string; agencyId?: string; groupBy?: 'agency' } }
  | { report: 'lateness'; query: { period: string; agencyId?: string } }
  | { report: 'dashboard'; query: { agencyId?: string } };

// A report as CSV or XLSX (format=csv|xlsx on the report's own endpoint), saved under the name
// the server gives. The drill-down's file holds every dossier behind the number, up to 10,000:
// above that the API answers a 422 problem that points to the background export.
export function downloadReport(file: ReportFile, format: FileFormat): Promise<string> {
  const fallback = `${file.report}${'period' in file.query ? `-${file.query.period}` : ''}.${format}`;
  switch (file.report) {
    case 'on-time':
      return saveFile(
        api.GET('/api/v1/reports/on-time', { params: { query: { ...file.query, format } }, parseAs: 'blob' }),
        fallback,
      );
    case 'on-time-dossiers':
      return saveFile(
        api.GET('/api/v1/reports/on-time/dossiers', {
          params: { query: { ...file.query, format } },
          parseAs: 'blob',
        }),
        fallback,
      );
    case 'form-06':
      return saveFile(
        api.GET('/api/v1/reports/form-06', { params: { query: { ...file.query, format } }, parseAs: 'blob' }),
        fallback,
      );
    case 'index-766':
      return saveFile(
        api.GET('/api/v1/reports/index-766', {
          params: { query: { ...file.query, format } },
          parseAs: 'blob',
        }),
        fallback,
      );
    case 'lateness':
      return saveFile(
        api.GET('/api/v1/reports/lateness', {
          params: { query: { ...file.query, format } },
          parseAs: 'blob',
        }),
        fallback,
      );
    case 'dashboard':
      return saveFile(
        api.GET('/api/v1/reports/dashboard', {
          params: { query: { ...file.query, format } },
          parseAs: 'blob',
        }),
        fallback,
      );
  }
}
