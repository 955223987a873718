import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { promisify } from 'node:util';
import { LocalDiskStorage } from './local-disk-storage';
import { InvalidStorageKeyError, StorageError } from './storage.errors';
import { generatedStream } from './test-fixtures';

const MB = 1024 * 1024;

// Every file under a folder, relative to it (temp files included).
async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}

describe('LocalDiskStorage', () => {
  let dataDir: string;
  let storage: LocalDiskStorage;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'motcua-storage-'));
    storage = new LocalDiskStorage(path.join(dataDir, 'attachments'));
    await storage.onModuleInit();
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  describe('put', () => {
    it('streams a file in and reads the same bytes back, sharded by the first two hex characters', async () => {
      const stored = await storage.put(
        Readable.from([Buffer.from('Đơn đề nghị '), Buffer.from('cấp phép')]),
        {
          maxBytes: MB,
        },
      );
      expect(stored.key).toMatch(/^[0-9a-f]{32}$/);
      expect(stored.size).toBe(Buffer.byteLength('Đơn đề nghị cấp phép'));
      expect(await listFiles(storage.root)).toEqual([path.join(stored.key.slice(0, 2), stored.key)]);
      expect(await text(await storage.openRead(stored.key))).toBe('Đơn đề nghị cấp phép');
    });

    it('gives the checksum sha256sum computes on the stored file', async () => {
      const { stream } = generatedStream(5 * MB + 123, { chunkBytes: 100_000 });
      const stored = await storage.put(stream, { maxBytes: 20 * MB });
      const { stdout } = await promisify(execFile)('sha256sum', [storage.filePath(stored.key)]);
      expect(stored.sha256).toBe(stdout.split(' ')[0]);
      expect(stored.size).toBe(5 * MB + 123);
      expect((await stat(storage.filePath(stored.key))).size).toBe(5 * MB + 123);
    });

    it('aborts a 30 MB stream at the 20 MB limit without reading it to the end and keeps nothing', async () => {
      const source = generatedStream(30 * MB);
      await expect(storage.put(source.stream, { maxBytes: 20 * MB })).rejects.toMatchObject({
        kind: 'too-large',
        code: 'attachment-too-large',
      });
      expect(source.produced()).toBeLessThan(21 * MB);
      expect(source.stream.destroyed).toBe(true);
      expect(await listFiles(storage.root)).toEqual([]);
    });

    it('accepts a file of exactly the limit and refuses one byte more', async () => {
      await expect(storage.put(generatedStream(1000).stream, { maxBytes: 1000 })).resolves.toMatchObject({
        size: 1000,
      });
      await expect(storage.put(generatedStream(1001).stream, { maxBytes: 1000 })).rejects.toBeInstanceOf(
        StorageError,
      );
      expect(await listFiles(storage.root)).toHaveLength(1);
    });

    it('refuses an oversized buffer before touching the disk', async () => {
      await expect(storage.put(Buffer.alloc(11), { maxBytes: 10 })).rejects.toMatchObject({
        code: 'attachment-too-large',
        detail: 'Tệp đính kèm tối đa 10 byte.',
      });
      expect(await readdir(storage.root)).toEqual([]);
    });

    it('stores a buffer, and an empty file with the checksum of nothing', async () => {
      const stored = await storage.put(Buffer.from('abc'), { maxBytes: 10 });
      expect(stored.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
      const empty = await storage.put(Buffer.alloc(0), { maxBytes: 10 });
      expect(empty).toMatchObject({
        size: 0,
        sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      });
    });

    it('keeps nothing when the source fails half-way', async () => {
      async function* failing(): AsyncGenerator<Buffer> {
        yield Buffer.alloc(1000);
        await Promise.resolve();
        throw new Error('connection reset');
      }
      await expect(storage.put(Readable.from(failing()), { maxBytes: MB })).rejects.toThrow(
        'connection reset',
      );
      expect(await listFiles(storage.root)).toEqual([]);
    });

    it('stores 20 concurrent uploads under distinct keys, each intact', async () => {
      const sources = Array.from({ length: 20 }, (_, index) =>
        generatedStream(200_000 + index, { seed: index + 1 }),
      );
      const expected = await Promise.all(
        Array.from({ length: 20 }, async (_, index) => {
          const copy = generatedStream(200_000 + index, { seed: index + 1 }).stream;
          return Buffer.concat(await copy.toArray());
        }),
      );
      const stored = await Promise.all(sources.map(({ stream }) => storage.put(stream, { maxBytes: MB })));
      expect(new Set(stored.map((file) => file.key)).size).toBe(20);
      for (const [index, file] of stored.entries()) {
        // Buffer.equals: Jest's toEqual walks a Buffer byte by byte, seconds for a few hundred kB.
        expect((await readFile(storage.filePath(file.key))).equals(expected[index])).toBe(true);
      }
      expect(await listFiles(storage.root)).toHaveLength(20);
    });

    it.each([-1, 1.5, Number.NaN])('refuses a maxBytes of %p as a programming error', async (maxBytes) => {
      await expect(storage.put(Buffer.alloc(1), { maxBytes })).rejects.toBeInstanceOf(RangeError);
    });
  });

  describe('reading, stat, exists, delete', () => {
    it('reports size and existence, then deletes idempotently', async () => {
      const { key } = await storage.put(Buffer.from('hồ sơ'), { maxBytes: 100 });
      await expect(storage.stat(key)).resolves.toMatchObject({ key, size: Buffer.byteLength('hồ sơ') });
      await expect(storage.exists(key)).resolves.toBe(true);
      await storage.delete(key);
      await expect(storage.exists(key)).resolves.toBe(false);
      await expect(storage.delete(key)).resolves.toBeUndefined();
    });

    it('answers a missing file with a not-found error before any stream exists', async () => {
      const missing = 'ab'.repeat(16);
      const notFound = { kind: 'not-found', code: 'stored-file-not-found', title: 'Không tìm thấy tệp' };
      await expect(storage.openRead(missing)).rejects.toMatchObject(notFound);
      await expect(storage.stat(missing)).rejects.toMatchObject(notFound);
    });
  });

  describe('keys', () => {
    it.each([
      '../../etc/passwd',
      '..',
      '',
      '/etc/passwd',
      'ab/../../outside',
      `ab/${'c'.repeat(30)}`,
      '..%2f..%2fetc',
      'A'.repeat(32),
      'g'.repeat(32),
      '0'.repeat(31),
      '0'.repeat(33),
      `${'0'.repeat(32)}\n`,
      `${'0'.repeat(31)}\0`,
      `${'0'.repeat(30)}/.`,
    ])('refuses %j everywhere, without touching the disk', async (key) => {
      await writeFile(path.join(dataDir, 'outside'), 'not an attachment');
      await expect(storage.openRead(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.stat(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.exists(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      expect(() => storage.filePath(key)).toThrow(InvalidStorageKeyError);
      await expect(readFile(path.join(dataDir, 'outside'), 'utf8')).resolves.toBe('not an attachment');
    });
  });

  describe('temp files left by a crash', () => {
    it('sweeps those untouched for a day, and keeps live ones and stored files', async () => {
      const { key } = await storage.put(Buffer.from('kept'), { maxBytes: 100 });
      const folder = path.join(storage.root, key.slice(0, 2));
      const abandoned = path.join(folder, `.partial-${'1'.repeat(32)}`);
      const live = path.join(folder, `.partial-${'2'.repeat(32)}`);
      await writeFile(abandoned, 'half');
      await writeFile(live, 'half');
      const now = new Date();
      const twoDaysAgo = new Date(now.getTime() - 2 * 24 * 60 * 60 * 1000);
      await utimes(abandoned, twoDaysAgo, twoDaysAgo);

      await expect(storage.sweepAbandonedTempFiles(now)).resolves.toBe(1);
      expect((await listFiles(folder)).sort()).toEqual([key, path.basename(live)].sort());
    });
  });
});
