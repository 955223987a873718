import {
  type AcceptedAttachmentType,
  acceptDetectedFormat,
  type AttachmentTypeName,
} from './attachment-types';
import { detectFileFormat, SIGNATURE_BYTES } from './file-signatures';
import { fileEmpty } from './storage.errors';

// Recognises a file from its first bytes; the client's Content-Type and file name are never
// consulted, so this takes neither. Throws StorageError 'attachment-empty' or
// 'attachment-type-unsupported'.
export function inspectFileHead(
  head: Uint8Array,
  accepted: readonly AttachmentTypeName[],
): AcceptedAttachmentType {
  if (head.length === 0) {
    throw fileEmpty();
  }
  return acceptDetectedFormat(detectFileFormat(head.subarray(0, SIGNATURE_BYTES)), accepted);
}
