import { api } from '../../api/client';
import { ApiProblem } from '../../api/problem';

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

export function downloadForm06(period: string, agencyId?: string): Promise<string> {
  return saveFile(
    api.GET('/api/v1/reports/form-06', {
      params: { query: { period, agencyId, format: 'xlsx' } },
      parseAs: 'blob',
    }),
    `bieu-06-${period}.xlsx`,
  );
}
