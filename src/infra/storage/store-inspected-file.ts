import { Readable } from 'node:stream';
import { type AcceptedAttachmentType, type AttachmentTypeName } from './attachment-types';
import { inspectFileHead } from './file-inspection';
import { SIGNATURE_BYTES } from './file-signatures';
import { type FileStorage, type StoredFile } from './file-storage';
import { fileTooLarge, StorageError } from './storage.errors';
import { readHead } from './stream-head';

export interface InspectedFile extends StoredFile {
  readonly type: AttachmentTypeName;
  readonly mime: string;
  readonly extension: string;
}

// The upload path in one call: recognise the type from the first bytes (refusing before anything
// is written), then stream the whole file to storage under that type's size limit. On a refusal
// (empty, unsupported type, too large) nothing is stored and the source has been destroyed, so an
// HTTP handler should answer with the error and close the connection rather than drain the rest.
export async function storeInspectedFile(
  storage: FileStorage,
  source: Readable | Uint8Array,
  accepted: readonly AttachmentTypeName[],
): Promise<InspectedFile> {
  if (!(source instanceof Readable)) {
    const type = inspectFileHead(source, accepted);
    return describe(await putAs(storage, source, type), type);
  }
  const { head, whole } = await readHead(source, SIGNATURE_BYTES);
  let type: AcceptedAttachmentType;
  try {
    type = inspectFileHead(head, accepted);
  } catch (error) {
    whole.destroy();
    throw error;
  }
  return describe(await putAs(storage, whole, type), type);
}

async function putAs(
  storage: FileStorage,
  content: Readable | Uint8Array,
  type: AcceptedAttachmentType,
): Promise<StoredFile> {
  try {
    return await storage.put(content, { maxBytes: type.maxBytes });
  } catch (error) {
    // The same refusal, naming the type whose limit applied.
    if (error instanceof StorageError && error.code === 'attachment-too-large') {
      throw fileTooLarge(type.maxBytes, type.label);
    }
    throw error;
  }
}

function describe(stored: StoredFile, type: AcceptedAttachmentType): InspectedFile {
  return { ...stored, type: type.name, mime: type.mime, extension: type.extension };
}
