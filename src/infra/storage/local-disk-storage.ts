import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type OnModuleInit } from '@nestjs/common';
import { type AppConfig } from '../../config';
import { ChecksumMeter } from './checksum-meter';
import { FileStorage, type PutOptions, type StoredFile, type StoredFileStat } from './file-storage';
import { fileTooLarge, storedFileNotFound } from './storage.errors';
import { newStorageKey, shardOf } from './storage-key';

// A dot keeps unfinished writes apart from keys, which are pure hex.
const TEMP_PREFIX = '.partial-';
// A temp file untouched this long belongs to a process that died mid-write (every written chunk
// refreshes its mtime, so a slow but live upload is never swept).
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;
const SHARD = /^[0-9a-f]{2}$/;

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

// Files under <root>/<first 2 hex chars>/<key>, written to a temp file in the same folder, flushed
// to the device, then renamed: a reader never sees a partial file and a crash never leaves one
// under a key that an attachment row could point to.
export class LocalDiskStorage extends FileStorage implements OnModuleInit {
  constructor(readonly root: string) {
    super();
  }

  static fromConfig(config: AppConfig): LocalDiskStorage {
    return new LocalDiskStorage(path.join(config.dataDir, 'attachments'));
  }

  async onModuleInit(): Promise<void> {
    // DATA_DIR itself is shared (the embedded PostgreSQL lives there too): default mode for it,
    // attachments closed to other users.
    await mkdir(path.dirname(this.root), { recursive: true });
    await mkdir(this.root, { recursive: true, mode: 0o750 });
    await this.sweepAbandonedTempFiles(new Date());
  }

  filePath(key: string): string {
    return path.join(this.root, shardOf(key), key);
  }

  async put(source: Readable | Uint8Array, { maxBytes }: PutOptions): Promise<StoredFile> {
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) {
      throw new RangeError(`maxBytes must be a non-negative integer, got ${maxBytes}`);
    }
    if (source instanceof Uint8Array && source.length > maxBytes) {
      throw fileTooLarge(maxBytes);
    }
    const key = newStorageKey();
    const target = this.filePath(key);
    const folder = path.dirname(target);
    const temp = path.join(folder, `${TEMP_PREFIX}${key}`);
    const meter = new ChecksumMeter(maxBytes);
    try {
      await mkdir(folder, { recursive: true, mode: 0o750 });
      // Readable.from emits a Buffer as one chunk rather than iterating its bytes.
      const input =
        source instanceof Readable
          ? source
          : Readable.from(Buffer.from(source.buffer, source.byteOffset, source.byteLength));
      // flush: fsync before close, so the rename below can never expose an empty file after a power cut.
      const output = createWriteStream(temp, { flags: 'wx', mode: 0o640, flush: true });
      await pipeline(input, meter, output);
      await rename(temp, target);
    } catch (error) {
      // The pipeline has destroyed the source already unless the failure came before it started.
      if (source instanceof Readable) {
        source.destroy();
      }
      await rm(temp, { force: true });
      throw error;
    }
    await syncFolder(folder);
    return { key, size: meter.size, sha256: meter.sha256() };
  }

  async openRead(key: string): Promise<Readable> {
    const handle = await this.openExisting(key);
    // The stream closes the handle when it ends or is destroyed.
    return handle.createReadStream();
  }

  async stat(key: string): Promise<StoredFileStat> {
    try {
      const stats = await stat(this.filePath(key));
      return { key, size: stats.size, modifiedAt: stats.mtime };
    } catch (error) {
      throw isMissing(error) ? storedFileNotFound() : error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.filePath(key));
    } catch (error) {
      if (!isMissing(error)) {
        throw error;
      }
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.filePath(key))).isFile();
    } catch (error) {
      if (isMissing(error)) {
        return false;
      }
      throw error;
    }
  }

  // Removes temp files left by a process that died mid-write; returns how many.
  async sweepAbandonedTempFiles(now: Date): Promise<number> {
    let removed = 0;
    for (const shard of await readdir(this.root)) {
      if (!SHARD.test(shard)) {
        continue;
      }
      const folder = path.join(this.root, shard);
      for (const name of await readdir(folder)) {
        const file = path.join(folder, name);
        if (name.startsWith(TEMP_PREFIX) && (await isOlderThan(file, now, ABANDONED_AFTER_MS))) {
          await rm(file, { force: true });
          removed += 1;
        }
      }
    }
    return removed;
  }

  private async openExisting(key: string): Promise<FileHandle> {
    try {
      return await open(this.filePath(key), 'r');
    } catch (error) {
      throw isMissing(error) ? storedFileNotFound() : error;
    }
  }
}

async function isOlderThan(file: string, now: Date, ageMs: number): Promise<boolean> {
  try {
    return now.getTime() - (await stat(file)).mtimeMs > ageMs;
  } catch (error) {
    // Finished (renamed) or swept by another instance meanwhile.
    if (isMissing(error)) {
      return false;
    }
    throw error;
  }
}

// A rename is durable only once its folder is flushed too.
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
