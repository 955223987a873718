import { type Readable } from 'node:stream';

export interface StoredFile {
  readonly key: string;
  readonly size: number;
  // Lowercase hex, as `sha256sum` prints it; the caller stores it with the attachment row.
  readonly sha256: string;
}

export interface StoredFileStat {
  readonly key: string;
  readonly size: number;
  readonly modifiedAt: Date;
}

export interface PutOptions {
  // The write is aborted, and nothing is kept, as soon as the content passes this many bytes.
  readonly maxBytes: number;
}

// Where attachment bytes live. An abstract class rather than an interface so that it can be the
// Nest injection token itself; LocalDiskStorage implements it today, an S3-compatible store can later.
// Keys are opaque and chosen by the store; callers keep them (and the checksum) in their own rows.
export abstract class FileStorage {
  // Streams the content in (never whole in memory), computing its size and SHA-256 on the way.
  // Fails with StorageError 'attachment-too-large' past maxBytes. On any failure nothing is kept
  // and a stream source has been destroyed.
  abstract put(source: Readable | Uint8Array, options: PutOptions): Promise<StoredFile>;

  // Resolves once the file is open, so a missing file fails (StorageError 'stored-file-not-found')
  // before an HTTP response has started.
  abstract openRead(key: string): Promise<Readable>;

  abstract stat(key: string): Promise<StoredFileStat>;

  // Idempotent: deleting a missing file succeeds, so cleanups after a rolled-back transaction
  // can be retried safely.
  abstract delete(key: string): Promise<void>;

  abstract exists(key: string): Promise<boolean>;
}
