import { ATTACHMENT_TYPES, acceptDetectedFormat, maxBytesOf, SCAN_TYPES } from './attachment-types';

const MB = 1024 * 1024;

describe('attachment types', () => {
  it('accepts a detected scan format with its MIME type, extension and limit', () => {
    expect(acceptDetectedFormat('tiff', SCAN_TYPES)).toEqual({
      name: 'tiff',
      mime: 'image/tiff',
      extension: 'tif',
      label: 'TIFF',
      maxBytes: 20 * MB,
    });
  });

  it('refuses an unrecognised file and any format outside the accepted list, naming both', () => {
    expect(() => acceptDetectedFormat(undefined, SCAN_TYPES)).toThrow(
      expect.objectContaining({ kind: 'unsupported-media-type', code: 'attachment-type-unsupported' }),
    );
    expect(() => acceptDetectedFormat('png', ['pdf'])).toThrow(
      expect.objectContaining({
        detail:
          'Nội dung tệp có định dạng PNG. Chỉ nhận tệp PDF; loại tệp được xác định theo nội dung, không theo tên hay phần mở rộng.',
      }),
    );
  });

  it('gives a multipart parser the largest limit of the accepted types', () => {
    expect(maxBytesOf(SCAN_TYPES)).toBe(20 * MB);
    expect(maxBytesOf(['jpeg', 'png'])).toBe(10 * MB);
    expect(maxBytesOf([])).toBe(0);
  });

  it('keeps MIME types unique, so a stored MIME type names one attachment type', () => {
    const mimes = Object.values(ATTACHMENT_TYPES).map((type) => type.mime);
    expect(new Set(mimes).size).toBe(mimes.length);
  });
});
