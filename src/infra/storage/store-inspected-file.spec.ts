import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { SCAN_TYPES } from './attachment-types';
import { LocalDiskStorage } from './local-disk-storage';
import { storeInspectedFile } from './store-inspected-file';
import { generatedStream, HTML_PAGE, SAMPLE_PDF } from './test-fixtures';

const MB = 1024 * 1024;

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe('storing an inspected upload', () => {
  let dataDir: string;
  let storage: LocalDiskStorage;

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'motcua-upload-'));
    storage = new LocalDiskStorage(path.join(dataDir, 'attachments'));
    await storage.onModuleInit();
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stores a 3 MB PDF scan streamed in small chunks, with its type and checksum', async () => {
    const upload = () => generatedStream(3 * MB, { prefix: SAMPLE_PDF, chunkBytes: 1000 }).stream;
    const expected = Buffer.concat(await upload().toArray());
    const stored = await storeInspectedFile(storage, upload(), SCAN_TYPES);
    expect(stored).toMatchObject({ type: 'pdf', mime: 'application/pdf', extension: 'pdf', size: 3 * MB });
    expect(stored.sha256).toBe(createHash('sha256').update(expected).digest('hex'));
    expect((await readFile(storage.filePath(stored.key))).equals(expected)).toBe(true);
  });

  it('stores an upload already in memory', async () => {
    await expect(storeInspectedFile(storage, SAMPLE_PDF, SCAN_TYPES)).resolves.toMatchObject({
      type: 'pdf',
      size: SAMPLE_PDF.length,
    });
  });

  it('refuses an HTML page before writing anything, and releases the upload', async () => {
    const upload = Readable.from([HTML_PAGE, Buffer.alloc(100_000)]);
    await expect(storeInspectedFile(storage, upload, SCAN_TYPES)).rejects.toMatchObject({
      code: 'attachment-type-unsupported',
    });
    await new Promise((resolve) => setImmediate(resolve)); // 'close' comes a tick after destroy()
    expect(upload.destroyed).toBe(true);
    expect(await readdir(storage.root)).toEqual([]);
  });

  it('refuses an empty upload', async () => {
    await expect(storeInspectedFile(storage, Readable.from([]), SCAN_TYPES)).rejects.toMatchObject({
      code: 'attachment-empty',
    });
  });

  it('refuses a 21 MB PDF at the PDF limit, naming it, and keeps nothing', async () => {
    const upload = generatedStream(21 * MB, { prefix: SAMPLE_PDF });
    await expect(storeInspectedFile(storage, upload.stream, SCAN_TYPES)).rejects.toMatchObject({
      kind: 'too-large',
      code: 'attachment-too-large',
      detail: 'Tệp PDF tối đa 20 MB; hãy quét lại với độ phân giải thấp hơn hoặc chia thành nhiều tệp.',
    });
    expect(upload.stream.destroyed).toBe(true);
    expect(await listFiles(storage.root)).toEqual([]);
  });

  it('holds a 10 MB PNG to the smaller image limit', async () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    const upload = generatedStream(10 * MB + 1, { prefix: png });
    await expect(storeInspectedFile(storage, upload.stream, SCAN_TYPES)).rejects.toMatchObject({
      detail: expect.stringMatching(/^Tệp PNG tối đa 10 MB;/) as unknown,
    });
  });
});
