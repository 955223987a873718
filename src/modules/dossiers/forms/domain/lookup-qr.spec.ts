import { buildLookupQrPayload, parseLookupQrPayload } from './lookup-qr';

const CODE = '000.21.30.H55-200305-0001';

describe('lookup QR payload', () => {
  it('is the lookup URL with the dossier code as its code parameter', () => {
    const payload = buildLookupQrPayload(CODE, 'https://motcua.phuyen.example/tra-cuu-ho-so');
    expect(payload).toBe(`https://motcua.phuyen.example/tra-cuu-ho-so?code=${CODE}`);
    expect(parseLookupQrPayload(payload)).toEqual({
      dossierCode: CODE,
      lookupUrl: 'https://motcua.phuyen.example/tra-cuu-ho-so',
    });
  });

  it('keeps the query a lookup URL already has', () => {
    const payload = buildLookupQrPayload(CODE, 'https://dvc.example/tra-cuu?lang=vi');
    expect(parseLookupQrPayload(payload)).toEqual({
      dossierCode: CODE,
      lookupUrl: 'https://dvc.example/tra-cuu?lang=vi',
    });
  });

  it('refuses a lookup address that is not an http(s) URL', () => {
    expect(() => buildLookupQrPayload(CODE, 'tra-cuu')).toThrow(
      expect.objectContaining({ code: 'form-input-invalid' }),
    );
    expect(() => buildLookupQrPayload(CODE, 'javascript:alert(1)')).toThrow(
      expect.objectContaining({ code: 'form-input-invalid' }),
    );
  });

  it('reads no dossier from text that is not a lookup link', () => {
    expect(parseLookupQrPayload('hello')).toBeNull();
    expect(parseLookupQrPayload('https://dvc.example/tra-cuu')).toBeNull();
  });
});
