import busboy from 'busboy';
import { type IncomingMessage } from 'node:http';
import { PassThrough, type Readable } from 'node:stream';
import { fileTooLarge } from '../../../infra/storage';
import { uploadInvalid } from './domain/attachment.errors';

// Where the file goes while it arrives, and how to take it back if the form turns out wrong.
export interface UploadSink<T> {
  store(content: Readable): Promise<T>;
  discard(stored: T): Promise<void>;
}

export interface ReceivedUpload<T> {
  readonly stored: T;
  // As the client named it: untrusted, for display only.
  readonly declaredName: string | undefined;
  readonly fields: Readonly<Record<string, string>>;
}

// Reads an upload in the form every browser and `curl -F` send: multipart/form-data with one
// file in the field "file" and a few short text fields, in any order. The file streams into
// `sink.store` as it arrives (never whole in memory); the answer waits for the end of the
// request, so the client reads it rather than a broken pipe, and a refused file's remaining bytes
// are read and dropped. Anything wrong with the form after the file was stored discards it.
export function receiveMultipartUpload<T>(
  request: IncomingMessage,
  sink: UploadSink<T>,
  maxFileBytes: number,
): Promise<ReceivedUpload<T>> {
  return new Promise<ReceivedUpload<T>>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        // Browsers send UTF-8 file names raw in filename="..."; busboy would read them as Latin-1.
        defParamCharset: 'utf8',
        // One byte over the largest type's limit: busboy silently cuts a file at its limit, and a
        // file cut at exactly our limit would pass for complete (see maxBytesOf).
        limits: { fileSize: maxFileBytes + 1, files: 1, fields: 8, fieldSize: 200, parts: 10 },
      });
    } catch {
      reject(uploadInvalid('Gửi tệp dạng multipart/form-data: trường "file" và trường "purpose".'));
      return;
    }
    const fields: Record<string, string> = {};
    let stored: Promise<T> | null = null;
    let body: PassThrough | null = null;
    let declaredName: string | undefined;
    let formProblem: Error | null = null;
    let settled = false;

    parser.on('field', (name, value, info) => {
      if (info.valueTruncated || info.nameTruncated) {
        formProblem ??= uploadInvalid(`Trường "${name}" quá dài.`);
      } else {
        fields[name] = value;
      }
    });
    parser.on('file', (name, file, info) => {
      if (name !== 'file') {
        formProblem ??= uploadInvalid(`Tệp phải gửi trong trường "file", không phải "${name}".`);
        file.resume();
        return;
      }
      declaredName = info.filename;
      const content = new PassThrough();
      body = content;
      file.on('limit', () => content.destroy(fileTooLarge(maxFileBytes)));
      file.pipe(content);
      stored = sink.store(content);
      // Whatever the store did with it, read the file part to its end so busboy reaches the end
      // of the request.
      void stored
        .catch(() => undefined)
        .finally(() => {
          file.unpipe(content);
          file.resume();
        });
    });
    parser.on('filesLimit', () => {
      formProblem ??= uploadInvalid('Mỗi lần chỉ gửi một tệp.');
    });
    parser.on('fieldsLimit', () => {
      formProblem ??= uploadInvalid('Biểu mẫu có quá nhiều trường.');
    });
    parser.on('partsLimit', () => {
      formProblem ??= uploadInvalid('Biểu mẫu có quá nhiều phần.');
    });

    const settle = async (failure: Error | null): Promise<void> => {
      if (settled) {
        return;
      }
      settled = true;
      const problem = failure ?? formProblem;
      if (stored === null) {
        reject(problem ?? uploadInvalid('Thiếu tệp: gửi tệp trong trường "file".'));
        return;
      }
      let result: T;
      try {
        result = await stored;
      } catch (error) {
        // The file's own refusal (type, size, empty) says more than a form problem.
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (problem) {
        await sink.discard(result).catch(() => undefined);
        reject(problem);
        return;
      }
      resolve({ stored: result, declaredName, fields });
    };
    const fail = (detail: string): void => {
      const failure = uploadInvalid(detail);
      // The file part is unfinished: end its store rather than wait for bytes that never come.
      body?.destroy(failure);
      request.unpipe(parser);
      request.resume();
      void settle(failure);
    };
    parser.on('error', () => fail('Nội dung multipart/form-data không đọc được.'));
    parser.on('close', () => void settle(null));
    request.on('close', () => {
      if (!request.complete) {
        fail('Yêu cầu bị ngắt trước khi gửi xong tệp.');
      }
    });
    request.pipe(parser);
  });
}
