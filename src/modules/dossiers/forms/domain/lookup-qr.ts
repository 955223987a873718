import { invalidFormInput } from './form.errors';

// What a form's QR code carries: the public lookup page with the dossier code as its `code`
// parameter, so a phone opens the tracking page for this dossier (Circular 01/2018 art. 19:
// the dossier code may be carried by a QR code or barcode). The lookup secret never goes in
// the URL: it would end up in browser histories and access logs.
export const LOOKUP_CODE_PARAMETER = 'code';

export function buildLookupQrPayload(dossierCode: string, lookupUrl: string): string {
  let url: URL;
  try {
    url = new URL(lookupUrl);
  } catch {
    throw invalidFormInput('lookupUrl', `Địa chỉ tra cứu không hợp lệ: ${lookupUrl}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalidFormInput('lookupUrl', `Địa chỉ tra cứu phải là http(s): ${lookupUrl}`);
  }
  url.searchParams.set(LOOKUP_CODE_PARAMETER, dossierCode);
  return url.toString();
}

// The reverse, for whoever scans a printed form: null when the text is not a lookup link.
export function parseLookupQrPayload(payload: string): { dossierCode: string; lookupUrl: string } | null {
  let url: URL;
  try {
    url = new URL(payload);
  } catch {
    return null;
  }
  const dossierCode = url.searchParams.get(LOOKUP_CODE_PARAMETER);
  if (dossierCode === null || dossierCode === '') {
    return null;
  }
  url.searchParams.delete(LOOKUP_CODE_PARAMETER);
  return { dossierCode, lookupUrl: url.toString() };
}
