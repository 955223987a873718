import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Test } from '@nestjs/testing';
import { AppConfigModule, buildAppConfig, parseEnvironment } from '../../config';
import { FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk-storage';
import { StorageModule } from './storage.module';

describe('StorageModule', () => {
  it('provides FileStorage as the local disk under <DATA_DIR>/attachments, created at start', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'motcua-storage-module-'));
    const config = buildAppConfig(parseEnvironment({ DATA_DIR: dataDir }), '/');
    const moduleRef = await Test.createTestingModule({
      imports: [AppConfigModule.forRoot(config), StorageModule],
    }).compile();
    try {
      await moduleRef.init();
      const storage = moduleRef.get(FileStorage);
      expect(storage).toBeInstanceOf(LocalDiskStorage);
      expect((storage as LocalDiskStorage).root).toBe(path.join(dataDir, 'attachments'));
      expect((await stat(path.join(dataDir, 'attachments'))).isDirectory()).toBe(true);
    } finally {
      await moduleRef.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
