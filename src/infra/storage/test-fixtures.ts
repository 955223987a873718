import { createCipheriv } from 'node:crypto';
import { Readable } from 'node:stream';
import { crc32, deflateSync } from 'node:zlib';

// Real, minimal files of each kind the inspection meets, built in code so the tests need no binaries.

export const SAMPLE_PDF = Buffer.from(
  [
    '%PDF-1.4',
    '%\u00e2\u00e3\u00cf\u00d3',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n'),
  'latin1',
);

function pngChunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

// A 1×1 white greyscale PNG.
export function buildPng(): Buffer {
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 0xff]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// The JFIF header a scanner writes and the Exif header a phone camera writes.
export const JFIF_JPEG_HEAD = Buffer.from('ffd8ffe000104a46494600010101004800480000ffdb004300', 'hex');
export const EXIF_JPEG_HEAD = Buffer.from('ffd8ffe1001845786966000049492a00080000000000000000', 'hex');

// Little-endian ('II', as most scanners write) and big-endian ('MM') TIFF with an empty IFD.
export const TIFF_LITTLE_ENDIAN = Buffer.from('49492a00080000000000000000000000', 'hex');
export const TIFF_BIG_ENDIAN = Buffer.from('4d4d002a000000080000000000000000', 'hex');

export const HTML_PAGE = Buffer.from(
  '<!DOCTYPE html>\n<html><head><title>Giấy tờ</title></head><body><script>alert(1)</script></body></html>\n',
);

// The start of a Windows executable: 'MZ' DOS stub pointing at a 'PE\0\0' header.
export function buildWindowsExecutableHead(): Buffer {
  const head = Buffer.alloc(256);
  head.write('MZ', 0, 'latin1');
  head.writeUInt32LE(0x80, 0x3c);
  head.write('PE\0\0', 0x80, 'latin1');
  head.writeUInt16LE(0x14c, 0x84); // machine: i386
  return head;
}

export const SHELL_SCRIPT = Buffer.from('#!/bin/sh\nrm -rf /\n');

// A stored (uncompressed) zip archive: enough for office formats, which are zips of XML parts.
export function buildZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export function buildDocx(): Buffer {
  return buildZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': '<Relationships/>',
    'word/document.xml': '<w:document><w:body><w:p><w:r><w:t>Tờ khai</w:t></w:r></w:p></w:body></w:document>',
  });
}

// An iPhone photo: an ISO-BMFF 'ftyp' box with the HEIC brand.
export const HEIC_HEAD = Buffer.from('0000001c667479706865696300000000', 'hex');

// Deterministic, incompressible bytes (an AES-CTR keystream of the seed: native, so fast even in
// Jest's sandbox, where a JavaScript generator loop runs ~30× slower), `chunkBytes` at a time,
// counting what has been produced.
export function generatedStream(
  totalBytes: number,
  options: { chunkBytes?: number; prefix?: Buffer; seed?: number } = {},
): { stream: Readable; produced: () => number } {
  const chunkBytes = options.chunkBytes ?? 64 * 1024;
  const key = Buffer.alloc(16);
  key.writeUInt32BE(options.seed ?? 1);
  const keystream = createCipheriv('aes-128-ctr', key, Buffer.alloc(16));
  let produced = 0;
  function* chunks(): Generator<Buffer> {
    if (options.prefix) {
      produced += options.prefix.length;
      yield options.prefix;
    }
    while (produced < totalBytes) {
      const size = Math.min(chunkBytes, totalBytes - produced);
      produced += size;
      yield keystream.update(Buffer.alloc(size));
    }
  }
  return { stream: Readable.from(chunks(), { objectMode: false }), produced: () => produced };
}
