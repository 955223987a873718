import { Readable } from 'node:stream';

export interface StreamWithHead {
  // Up to the requested number of bytes; shorter only when the whole stream is.
  readonly head: Buffer;
  // The complete content again, head included, still streaming; destroying it destroys the source.
  readonly whole: Readable;
}

// Reads just enough of a stream to inspect its start, without losing those bytes for the writer.
export async function readHead(source: Readable, headBytes: number): Promise<StreamWithHead> {
  const iterator: AsyncIterator<unknown> = source[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let length = 0;
  while (length < headBytes) {
    const next = await iterator.next();
    if (next.done === true) {
      break;
    }
    const chunk = toBuffer(next.value);
    chunks.push(chunk);
    length += chunk.length;
  }
  const buffered = Buffer.concat(chunks);
  const rest = { [Symbol.asyncIterator]: () => iterator };
  async function* replay(): AsyncGenerator<Buffer> {
    if (buffered.length > 0) {
      yield buffered;
    }
    for await (const chunk of rest) {
      yield toBuffer(chunk);
    }
  }
  const whole = Readable.from(replay(), { objectMode: false });
  // A generator destroyed before its first pull never reaches the source, so release it here.
  whole.once('close', () => source.destroy());
  return { head: buffered.subarray(0, headBytes), whole };
}

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) {
    return chunk;
  }
  if (typeof chunk === 'string') {
    return Buffer.from(chunk);
  }
  if (chunk instanceof Uint8Array) {
    return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  }
  throw new TypeError('readHead expects a byte stream, not an object-mode stream');
}
