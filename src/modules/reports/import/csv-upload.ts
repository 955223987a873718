import busboy from 'busboy';
import { type Request } from 'express';
import { PassThrough, type Readable, Transform, type TransformCallback } from 'node:stream';
import {
  dossierImportTooLarge,
  invalidDossierImportFile,
  unsupportedDossierImportType,
} from './dossier-import.errors';

export interface CsvUpload {
  readonly fileName: string;
  readonly stream: Readable;
}

// A legacy dossier line is about 250 bytes: 100 MB holds some 400,000 dossiers, two province-years.
export const MAX_DOSSIER_IMPORT_BYTES = 100 * 1024 * 1024;

// Counts the bytes and fails past the limit (so nothing of a cut file is applied); drops a
// leading UTF-8 byte-order mark, which spreadsheet programs write and COPY would read as text.
export function guardCsv(limitBytes = MAX_DOSSIER_IMPORT_BYTES): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      const first = seen === 0;
      seen += chunk.length;
      if (seen > limitBytes) {
        callback(dossierImportTooLarge(limitBytes));
        return;
      }
      const hasBom = first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
      callback(null, hasBom ? chunk.subarray(3) : chunk);
    },
  });
}

// The CSV as text/csv (the request body itself) or multipart/form-data (field "file"), handed to
// `consume` while it arrives. The request is read to its end before answering.
export function receiveCsv<T>(request: Request, consume: (upload: CsvUpload) => Promise<T>): Promise<T> {
  const type = (request.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('text/csv')) {
    const outcome = consume({ fileName: '', stream: request.pipe(guardCsv()) });
    return outcome.finally(() => request.resume());
  }
  if (!type.startsWith('multipart/form-data')) {
    request.resume();
    return Promise.reject(unsupportedDossierImportType());
  }
  return new Promise<T>((resolve, reject) => {
    const parser = busboy({ headers: request.headers, limits: { files: 1, fields: 10 } });
    let outcome: Promise<T> | null = null;
    parser.on('file', (field, file, info) => {
      if (field !== 'file' || outcome !== null) {
        file.resume();
        return;
      }
      const body = new PassThrough();
      const guard = guardCsv();
      file.pipe(guard).pipe(body);
      guard.on('error', (error) => body.destroy(error));
      outcome = consume({ fileName: info.filename ?? '', stream: body });
      outcome
        .catch(() => undefined)
        .finally(() => {
          file.unpipe(guard);
          file.resume();
        });
    });
    parser.on('error', () => {
      request.unpipe(parser);
      request.resume();
      reject(invalidDossierImportFile('Nội dung multipart/form-data không đọc được.'));
    });
    parser.on('close', () => {
      if (outcome === null) {
        reject(invalidDossierImportFile('Thiếu tệp: gửi tệp CSV trong trường "file".'));
      } else {
        outcome.then(resolve, reject);
      }
    });
    request.pipe(parser);
  });
}
