import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { SCAN_TYPES } from './attachment-types';
import { inspectFileHead } from './file-inspection';
import {
  buildDocx,
  buildPng,
  buildWindowsExecutableHead,
  EXIF_JPEG_HEAD,
  HEIC_HEAD,
  HTML_PAGE,
  JFIF_JPEG_HEAD,
  SAMPLE_PDF,
  SHELL_SCRIPT,
  TIFF_LITTLE_ENDIAN,
} from './test-fixtures';

const MB = 1024 * 1024;
const unsupported = (detail: RegExp): object => ({
  kind: 'unsupported-media-type',
  code: 'attachment-type-unsupported',
  title: 'Loại tệp không được chấp nhận',
  detail: expect.stringMatching(detail) as unknown,
});

describe('inspecting an uploaded file from its first bytes', () => {
  it.each([
    ['a PDF', SAMPLE_PDF, { name: 'pdf', mime: 'application/pdf', extension: 'pdf', maxBytes: 20 * MB }],
    ['a PNG', buildPng(), { name: 'png', mime: 'image/png', extension: 'png', maxBytes: 10 * MB }],
    [
      'a scanner JPEG',
      JFIF_JPEG_HEAD,
      { name: 'jpeg', mime: 'image/jpeg', extension: 'jpg', maxBytes: 10 * MB },
    ],
    ['a phone JPEG', EXIF_JPEG_HEAD, { name: 'jpeg', mime: 'image/jpeg', extension: 'jpg' }],
    ['a TIFF', TIFF_LITTLE_ENDIAN, { name: 'tiff', mime: 'image/tiff', extension: 'tif', maxBytes: 20 * MB }],
  ])('accepts %s as a scan', (_label, head, expected) => {
    expect(inspectFileHead(head, SCAN_TYPES)).toMatchObject(expected);
  });

  it('refuses an HTML page whatever its name or declared type (there is no way to pass them)', () => {
    expect(() => inspectFileHead(HTML_PAGE, SCAN_TYPES)).toThrow(
      expect.objectContaining(
        unsupported(
          /^Nội dung tệp có định dạng HTML\. Chỉ nhận tệp PDF, JPEG, PNG, TIFF; loại tệp được xác định theo nội dung/,
        ),
      ),
    );
  });

  it('refuses executables and scripts', async () => {
    const nodeBinary = await readFile(process.execPath);
    expect(() => inspectFileHead(buildWindowsExecutableHead(), SCAN_TYPES)).toThrow(
      expect.objectContaining(unsupported(/^Nội dung tệp có định dạng EXE\./)),
    );
    expect(() => inspectFileHead(nodeBinary.subarray(0, 4096), SCAN_TYPES)).toThrow(
      expect.objectContaining(unsupported(/^Nội dung tệp có định dạng ELF\./)),
    );
    expect(() => inspectFileHead(SHELL_SCRIPT, SCAN_TYPES)).toThrow(
      expect.objectContaining(unsupported(/^Không nhận ra loại tệp từ nội dung\./)),
    );
  });

  it('refuses an empty file as empty, not as an unknown type', () => {
    expect(() => inspectFileHead(Buffer.alloc(0), SCAN_TYPES)).toThrow(
      expect.objectContaining({ kind: 'invalid', code: 'attachment-empty', title: 'Tệp đính kèm rỗng' }),
    );
  });

  it('refuses office files and iPhone photos, naming them so the citizen knows to convert', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Tờ khai').addRow(['Họ và tên', 'Nguyễn Văn A']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(() => inspectFileHead(xlsx, SCAN_TYPES)).toThrow(
      expect.objectContaining(unsupported(/^Nội dung tệp có định dạng XLSX\./)),
    );
    expect(() => inspectFileHead(buildDocx(), SCAN_TYPES)).toThrow(
      expect.objectContaining(unsupported(/^Nội dung tệp có định dạng DOCX\./)),
    );
    expect(() => inspectFileHead(HEIC_HEAD, SCAN_TYPES)).toThrow(
      expect.objectContaining(unsupported(/^Nội dung tệp có định dạng HEIC\./)),
    );
  });

  it('refuses a scan format the procedure does not accept', () => {
    expect(() => inspectFileHead(buildPng(), ['pdf'])).toThrow(
      expect.objectContaining(unsupported(/Chỉ nhận tệp PDF;/)),
    );
  });
});
