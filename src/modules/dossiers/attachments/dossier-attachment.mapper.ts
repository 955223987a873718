import { ApiProperty } from '@nestjs/swagger';
import { API_PREFIX } from '../../../infra/http/configure-http-app';
import { formatVietnamInstant } from '../../calendar';
import { type DossierAttachment } from './dossier-attachment.entity';
import { ATTACHMENT_PURPOSES } from './domain/attachment-policy';

export class DossierAttachmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ATTACHMENT_PURPOSES }) purpose!: string;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: "The document of the pinned procedure version's list this file is a scan of",
  })
  documentIndex!: number | null;
  @ApiProperty({
    example: 'Giấy chứng sinh.pdf',
    description: 'The uploaded name with the extension of the type found in the content',
  })
  fileName!: string;
  @ApiProperty({
    enum: ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'],
    description: 'Recognised from the content, never taken from the upload',
  })
  mediaType!: string;
  @ApiProperty({ example: 182044 }) sizeBytes!: number;
  @ApiProperty({ description: 'SHA-256 of the content, lowercase hex; also the ETag of the download' })
  sha256!: string;
  @ApiProperty({ enum: ['staff', 'citizen'] }) uploaderKind!: string;
  @ApiProperty({ example: '2025-03-03T09:00:00+07:00' }) uploadedAt!: string;
  @ApiProperty({ example: '/api/v1/dossiers/6f1c.../attachments/0b9e...' }) downloadUrl!: string;
}

export function toDossierAttachmentDto(attachment: DossierAttachment): DossierAttachmentDto {
  return {
    id: attachment.id,
    purpose: attachment.purpose,
    documentIndex: attachment.documentIndex,
    fileName: attachment.fileName,
    mediaType: attachment.mediaType,
    // bigint comes back as a string; attachments are capped far below 2^53.
    sizeBytes: Number(attachment.sizeBytes),
    sha256: attachment.sha256,
    uploaderKind: attachment.uploaderKind,
    uploadedAt: formatVietnamInstant(attachment.uploadedAt.getTime()),
    downloadUrl: `/${API_PREFIX}/dossiers/${attachment.dossierId}/attachments/${attachment.id}`,
  };
}
