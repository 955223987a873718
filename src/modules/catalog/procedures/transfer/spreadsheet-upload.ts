import busboy from 'busboy';
import { type Request } from 'express';
import { PassThrough, type Readable } from 'node:stream';
import { importTooLarge, invalidImportFile } from '../domain/procedure.errors';
import { type SpreadsheetFormat } from './spreadsheet-reader';

export interface SpreadsheetUpload {
  readonly fileName: string;
  readonly format: SpreadsheetFormat;
  readonly stream: Readable;
}

// A spreadsheet import holds about 1 KB per procedure: 20 MB is ten thousand procedures.
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

// Receives a multipart/form-data upload (field "file") and hands its stream to `consume` while
// it arrives, so a large file is never held whole. The format is the file's extension, checked
// against its first bytes (XLSX is a ZIP; CSV is text). Whatever `consume` does, the request is
// read to its end before answering, so the client always gets the answer, not a broken pipe.
export function receiveSpreadsheet<T>(
  request: Request,
  consume: (upload: SpreadsheetUpload) => Promise<T>,
  limitBytes = MAX_IMPORT_BYTES,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: request.headers, limits: { fileSize: limitBytes, files: 1, fields: 10 } });
    } catch {
      reject(invalidImportFile('Gửi tệp dạng multipart/form-data, trường "file" (CSV hoặc XLSX).'));
      return;
    }
    let outcome: Promise<T> | null = null;
    let truncated = false;
    parser.on('file', (field, file, info) => {
      if (field !== 'file' || outcome !== null) {
        file.resume();
        return;
      }
      // The consumer reads `body`; past the limit it fails, so nothing of a cut file is applied.
      const body = new PassThrough();
      file.on('limit', () => {
        truncated = true;
        body.destroy(importTooLarge(limitBytes));
      });
      file.pipe(body);
      const fileName = info.filename ?? '';
      outcome = (async () => {
        const format = formatOf(fileName);
        if (format === null) {
          throw invalidImportFile(
            `Tệp "${info.filename}" không phải bảng tính CSV hoặc XLSX (đuôi .csv, .xlsx).`,
          );
        }
        checkFirstBytes(format, await firstChunk(body));
        return consume({ fileName, format, stream: body });
      })();
      // Keep reading whatever the consumer left, so busboy reaches the end of the request.
      outcome
        .catch(() => undefined)
        .finally(() => {
          file.unpipe(body);
          file.resume();
        });
    });
    parser.on('error', () => {
      request.unpipe(parser);
      request.resume();
      reject(invalidImportFile('Nội dung multipart/form-data không đọc được.'));
    });
    parser.on('close', () => {
      if (truncated) {
        outcome?.catch(() => undefined);
        reject(importTooLarge(limitBytes));
      } else if (outcome === null) {
        reject(invalidImportFile('Thiếu tệp: gửi bảng tính trong trường "file".'));
      } else {
        outcome.then(resolve, reject);
      }
    });
    request.pipe(parser);
  });
}

function formatOf(fileName: string): SpreadsheetFormat | null {
  const lower = fileName.toLowerCase();
  return lower.endsWith('.csv') ? 'csv' : lower.endsWith('.xlsx') ? 'xlsx' : null;
}

// The first chunk, put back so the consumer still reads the whole file; null for an empty file.
function firstChunk(stream: Readable): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const done = (result: () => void) => {
      stream.off('readable', onReadable).off('end', onEnd).off('error', onError);
      result();
    };
    const onReadable = () => {
      const chunk = stream.read() as Buffer | null;
      if (chunk === null) {
        return;
      }
      stream.unshift(chunk);
      done(() => resolve(chunk));
    };
    const onEnd = () => done(() => resolve(null));
    const onError = (error: Error) => done(() => reject(error));
    stream.on('readable', onReadable).on('end', onEnd).on('error', onError);
  });
}

// Refuses a file whose first bytes contradict its extension (a renamed PDF, an image ...).
function checkFirstBytes(format: SpreadsheetFormat, head: Buffer | null): void {
  if (head === null) {
    throw invalidImportFile('Tệp rỗng.');
  }
  const isZip = head.subarray(0, 4).equals(ZIP_MAGIC);
  if (format === 'xlsx' && !isZip) {
    throw invalidImportFile('Tệp .xlsx không phải bảng tính Excel (không phải tệp ZIP của Office Open XML).');
  }
  if (format === 'csv' && (isZip || head.subarray(0, 4096).includes(0))) {
    throw invalidImportFile('Tệp .csv không phải văn bản CSV (có dữ liệu nhị phân).');
  }
}
