export * from './attachment-types';
export * from './file-inspection';
export { detectFileFormat, FILE_FORMAT_LABELS, type FileFormat, SIGNATURE_BYTES } from './file-signatures';
export * from './file-storage';
export * from './storage.errors';
export * from './store-inspected-file';
export * from './storage.module';
export { readHead, type StreamWithHead } from './stream-head';
export { isStorageKey } from './storage-key';
