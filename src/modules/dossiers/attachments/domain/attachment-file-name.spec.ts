import { asciiFallbackOf, contentDispositionOf, nameAttachment } from './attachment-file-name';

describe('attachment file names', () => {
  it('keeps a Vietnamese name and takes the extension from the sniffed type', () => {
    expect(nameAttachment('Giấy chứng sinh.PDF', 'pdf')).toBe('Giấy chứng sinh.pdf');
    expect(nameAttachment('ảnh chụp.jpeg', 'png')).toBe('ảnh chụp.png');
    expect(nameAttachment('to-khai', 'pdf')).toBe('to-khai.pdf');
  });

  it('composes a name typed in decomposed form (macOS) into the usual NFC', () => {
    expect(nameAttachment('Tờ khai.pdf'.normalize('NFD'), 'pdf')).toBe('Tờ khai.pdf');
  });

  it('drops folders, control and bidirectional-override characters, and names a nameless file', () => {
    expect(nameAttachment('C:\\fakepath\\scan.pdf', 'pdf')).toBe('scan.pdf');
    expect(nameAttachment('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(nameAttachment('hoa-don\u202Efdp.exe', 'pdf')).toBe('hoa-donfdp.pdf');
    expect(nameAttachment('a\u0000b\r\n.pdf', 'pdf')).toBe('ab.pdf');
    expect(nameAttachment(undefined, 'tif')).toBe('tep-dinh-kem.tif');
    expect(nameAttachment(' .pdf', 'pdf')).toBe('tep-dinh-kem.pdf');
  });

  it('fits the 255-character column without splitting a character', () => {
    const name = nameAttachment(`${'ệ'.repeat(300)}.pdf`, 'pdf');
    expect(Array.from(name)).toHaveLength(255);
    expect(name.endsWith('ệ.pdf')).toBe(true);
  });

  it('writes Content-Disposition with an ASCII fallback and the exact UTF-8 name (RFC 8187)', () => {
    const header = contentDispositionOf("Bản sao (công chứng) 100%'s.pdf");
    expect(header).toBe(
      `attachment; filename="Ban sao (cong chung) 100__s.pdf"; filename*=UTF-8''B%E1%BA%A3n%20sao%20%28c%C3%B4ng%20ch%E1%BB%A9ng%29%20100%25%27s.pdf`,
    );
    const encoded = /filename\*=UTF-8''(.+)$/.exec(header)![1];
    expect(decodeURIComponent(encoded)).toBe("Bản sao (công chứng) 100%'s.pdf");
    expect(asciiFallbackOf('Đơn đề nghị.pdf')).toBe('Don de nghi.pdf');
  });
});
