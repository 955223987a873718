// Gzipped JavaScript each entry point of the built web app makes a browser download on its
// first visit (the entry chunk and everything it imports statically), from Vite's manifest.
//   node web/scripts/bundle-report.mjs          print the table
//   node web/scripts/bundle-report.mjs --json   print it as JSON (the bundle test reads it)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const webDist = path.join(root, 'dist/web');
const manifest = JSON.parse(readFileSync(path.join(webDist, '.vite/manifest.json'), 'utf8'));

const gzipped = (file) => gzipSync(readFileSync(path.join(webDist, file)), { level: 9 }).length;

// The files a chunk needs before it runs: itself and its static imports, transitively.
function closure(key, seen = new Set()) {
  if (seen.has(key)) {
    return seen;
  }
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) {
    closure(imported, seen);
  }
  return seen;
}

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const initial = closure(entry);
const sizeOf = (keys) => [...keys].reduce((total, key) => total + gzipped(manifest[key].file), 0);

const rows = [{ name: 'portal: first load (shell + home page)', bytes: sizeOf(initial) }];
for (const [key, chunk] of Object.entries(manifest)) {
  if (chunk.isDynamicEntry) {
    const extra = [...closure(key)].filter((needed) => !initial.has(needed));
    rows.push({ name: `+ ${chunk.name ?? key} (lazy)`, bytes: sizeOf(extra) });
  }
}

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(rows)}\n`);
} else {
  for (const row of rows) {
    process.stdout.write(`${(row.bytes / 1024).toFixed(1).padStart(8)} KB gz  ${row.name}\n`);
  }
}
