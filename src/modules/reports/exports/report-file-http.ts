import { StreamableFile } from '@nestjs/common';
import { type Readable } from 'node:stream';
import { contentDispositionOf } from '../../../common';

// A report file as a download: never rendered in place, the exact Vietnamese name (RFC 8187),
// kept out of shared caches.
export function reportFileDownload(file: {
  fileName: string;
  contentType: string;
  content: Buffer | Readable;
  size?: number;
}): StreamableFile {
  const options = {
    type: file.contentType,
    disposition: contentDispositionOf(file.fileName),
    length: file.size ?? (Buffer.isBuffer(file.content) ? file.content.length : undefined),
  };
  return Buffer.isBuffer(file.content)
    ? new StreamableFile(file.content, options)
    : new StreamableFile(file.content, options);
}
