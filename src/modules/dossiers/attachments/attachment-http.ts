import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type Request, type Response } from 'express';
import { StreamableFile } from '@nestjs/common';
import { type InspectedFile, maxBytesOf, SCAN_TYPES } from '../../../infra/storage';
import { type AttachmentDownload, type AttachmentReceiver } from './dossier-attachments.service';
import { contentDispositionOf } from './domain/attachment-file-name';
import { ATTACHMENT_PURPOSES } from './domain/attachment-policy';
import { receiveMultipartUpload, type UploadSink } from './multipart-upload';

// The upload form, for the OpenAPI document (the body is read by receiveMultipartUpload).
export class AttachmentUploadForm {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'PDF (≤ 20 MB), JPEG or PNG (≤ 10 MB), TIFF (≤ 20 MB), recognised from the content',
  })
  file!: unknown;

  @ApiProperty({ enum: ATTACHMENT_PURPOSES })
  purpose!: string;

  @ApiPropertyOptional({
    description: "DOCUMENT (required) or SUPPLEMENT: index in the pinned procedure version's document list",
    minimum: 0,
  })
  documentIndex?: number;
}

// The request's body as the attachments service reads it.
export function receiverOf(request: Request): AttachmentReceiver {
  return (sink: UploadSink<InspectedFile>) => receiveMultipartUpload(request, sink, maxBytesOf(SCAN_TYPES));
}

// A stored file as a download: its sniffed type, never rendered in place (attachment, nosniff),
// the checksum as a strong ETag, and personal data kept out of shared caches.
export function sendDownload(
  { attachment, content }: AttachmentDownload,
  response: Response,
): StreamableFile {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('ETag', `"${attachment.sha256}"`);
  response.setHeader('Cache-Control', 'private, no-cache');
  return new StreamableFile(content, {
    type: attachment.mediaType,
    disposition: contentDispositionOf(attachment.fileName),
    length: Number(attachment.sizeBytes),
  });
}
