import { detectFileFormat, type FileFormat } from './file-signatures';
import {
  buildDocx,
  buildPng,
  buildWindowsExecutableHead,
  buildZip,
  EXIF_JPEG_HEAD,
  HEIC_HEAD,
  HTML_PAGE,
  JFIF_JPEG_HEAD,
  SAMPLE_PDF,
  SHELL_SCRIPT,
  TIFF_BIG_ENDIAN,
  TIFF_LITTLE_ENDIAN,
} from './test-fixtures';

const hex = (text: string): Buffer => Buffer.from(text, 'hex');

describe('file signatures', () => {
  it.each<[string, Buffer, FileFormat]>([
    ['a PDF', SAMPLE_PDF, 'pdf'],
    ['a scanner JPEG (JFIF)', JFIF_JPEG_HEAD, 'jpeg'],
    ['a camera JPEG (Exif)', EXIF_JPEG_HEAD, 'jpeg'],
    ['a PNG', buildPng(), 'png'],
    ['a little-endian TIFF', TIFF_LITTLE_ENDIAN, 'tiff'],
    ['a big-endian TIFF', TIFF_BIG_ENDIAN, 'tiff'],
    ['a DOCX', buildDocx(), 'docx'],
    ['an XLSX', buildZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }), 'xlsx'],
    ['a plain zip', buildZip({ 'hoso.pdf': '%PDF-1.4' }), 'zip'],
    ['a Word 97–2003 file', hex('d0cf11e0a1b11ae1000000000000'), 'legacy-office'],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), 'gif'],
    ['a BMP', hex('424d3a0000000000000036000000'), 'bmp'],
    ['a WEBP', Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'), 'webp'],
    ['an iPhone photo (HEIC)', HEIC_HEAD, 'heic'],
    ['a RAR', Buffer.from('Rar!\x1a\x07\x01\x00', 'latin1'), 'rar'],
    ['a 7z', hex('377abcaf271c0004'), '7z'],
    ['a gzip', hex('1f8b0800000000000003'), 'gzip'],
    ['a Windows executable', buildWindowsExecutableHead(), 'exe'],
    ['a Linux executable', hex('7f454c4602010100'), 'elf'],
    ['an HTML page', HTML_PAGE, 'html'],
    [
      'an HTML page behind a BOM and blank lines',
      Buffer.from('\ufeff\n\n  <HTML><body>x</body></HTML>'),
      'html',
    ],
    [
      'an SVG image, which can carry scripts',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      'svg',
    ],
    [
      'an SVG image with an XML declaration',
      Buffer.from('<?xml version="1.0"?>\n<svg><script/></svg>'),
      'svg',
    ],
  ])('recognises %s', (_label, head, format) => {
    expect(detectFileFormat(head)).toBe(format);
  });

  it.each([
    ['plain text', Buffer.from('Kính gửi: UBND phường 1')],
    ['a shell script', SHELL_SCRIPT],
    ['a PDF signature cut short', Buffer.from('%PD')],
    ['a PDF signature after leading junk', Buffer.concat([Buffer.from('junk'), SAMPLE_PDF])],
    ['a BMP-looking text', Buffer.from('BMW X5, biển số 78A-123.45')],
    ['nothing', Buffer.alloc(0)],
  ])('recognises nothing in %s', (_label, head) => {
    expect(detectFileFormat(head)).toBeUndefined();
  });
});
