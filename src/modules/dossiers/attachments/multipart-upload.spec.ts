import { type IncomingMessage } from 'node:http';
import { PassThrough, type Readable } from 'node:stream';
import { DomainError } from '../../../common';
import { receiveMultipartUpload, type UploadSink } from './multipart-upload';

const BOUNDARY = 'ranh-gioi-1234';

type Part = { name: string; value: string } | { name: string; filename: string; content: Buffer };

function multipart(parts: Part[], { finish = true } = {}): Buffer {
  const chunks = parts.map((part) =>
    'content' in part
      ? Buffer.concat([
          Buffer.from(
            `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\n` +
              'Content-Type: application/pdf\r\n\r\n',
          ),
          part.content,
          Buffer.from('\r\n'),
        ])
      : Buffer.from(
          `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`,
        ),
  );
  return Buffer.concat([...chunks, Buffer.from(finish ? `--${BOUNDARY}--\r\n` : '')]);
}

// A request as Node hands it over: a byte stream with headers, `complete` once fully read.
function fakeRequest(): PassThrough & { headers: Record<string, string>; complete: boolean } {
  return Object.assign(new PassThrough(), {
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    complete: false,
  });
}

// A sink that keeps whatever it is given in memory and remembers what it discarded.
function memorySink(): UploadSink<Buffer> & { discarded: Buffer[] } {
  const discarded: Buffer[] = [];
  return {
    discarded,
    async store(content: Readable) {
      const chunks: Buffer[] = [];
      for await (const chunk of content) {
        chunks.push(chunk as Buffer);
      }
      return Buffer.concat(chunks);
    },
    discard(stored) {
      discarded.push(stored);
      return Promise.resolve();
    },
  };
}

function send(body: Buffer, sink = memorySink(), maxFileBytes = 1024) {
  const request = fakeRequest();
  const received = receiveMultipartUpload(request as unknown as IncomingMessage, sink, maxFileBytes);
  request.complete = true;
  request.end(body);
  return received;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
}

describe('receiving a multipart upload', () => {
  it('takes the file and the fields in any order, with a UTF-8 file name', async () => {
    const received = await send(
      multipart([
        { name: 'file', filename: 'Tờ khai.pdf', content: Buffer.from('%PDF-1.4 nội dung') },
        { name: 'purpose', value: 'DOCUMENT' },
        { name: 'documentIndex', value: '0' },
      ]),
    );
    expect(received).toEqual({
      stored: Buffer.from('%PDF-1.4 nội dung'),
      declaredName: 'Tờ khai.pdf',
      fields: { purpose: 'DOCUMENT', documentIndex: '0' },
    });
  });

  it('refuses a form without a file, and discards the stored file of a form with two', async () => {
    expect(await codeOf(send(multipart([{ name: 'purpose', value: 'OTHER' }])))).toBe(
      'attachment-upload-invalid',
    );
    const sink = memorySink();
    const twoFiles = multipart([
      { name: 'file', filename: 'a.pdf', content: Buffer.from('first') },
      { name: 'file', filename: 'b.pdf', content: Buffer.from('second') },
    ]);
    expect(await codeOf(send(twoFiles, sink))).toBe('attachment-upload-invalid');
    expect(sink.discarded).toEqual([Buffer.from('first')]);
  });

  it('cuts a file past the limit with a 413 refusal, reading the rest of the request', async () => {
    const body = multipart([{ name: 'file', filename: 'big.pdf', content: Buffer.alloc(5000, 1) }]);
    expect(await codeOf(send(body, memorySink(), 1024))).toBe('attachment-too-large');
  });

  it('gives up on a request cut short instead of waiting for the rest of the file', async () => {
    const request = fakeRequest();
    const received = receiveMultipartUpload(request as unknown as IncomingMessage, memorySink(), 1024);
    request.write(
      multipart([{ name: 'file', filename: 'a.pdf', content: Buffer.from('half') }], { finish: false }),
    );
    request.destroy();
    expect(await codeOf(received)).toBe('attachment-upload-invalid');
  });

  it('refuses a body that is not multipart/form-data before reading it', async () => {
    const request = Object.assign(new PassThrough(), { headers: { 'content-type': 'application/json' } });
    expect(
      await codeOf(receiveMultipartUpload(request as unknown as IncomingMessage, memorySink(), 1024)),
    ).toBe('attachment-upload-invalid');
  });
});
