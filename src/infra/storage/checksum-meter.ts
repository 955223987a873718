import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { fileTooLarge } from './storage.errors';

// Counts and hashes the bytes flowing to the disk, and fails the pipeline at the first chunk
// past the limit, so an oversized upload is never read to its end.
export class ChecksumMeter extends Transform {
  private readonly hash = createHash('sha256');
  private byteCount = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  get size(): number {
    return this.byteCount;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.byteCount += chunk.length;
    if (this.byteCount > this.maxBytes) {
      callback(fileTooLarge(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }

  // Call once, after the pipeline has finished.
  sha256(): string {
    return this.hash.digest('hex');
  }
}
