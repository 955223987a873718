// RFC 6266 with RFC 8187 (ex-5987): a plain-ASCII fallback, then the exact name in UTF-8 for every
// current browser. attr-char leaves only ALPHA DIGIT !#$&+-.^_`|~ unencoded.
export function contentDispositionOf(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFallbackOf(fileName)}"; filename*=UTF-8''${encoded}`;
}

// "Giấy khai sinh (bản sao).pdf" → "Giay khai sinh (ban sao).pdf".
export function asciiFallbackOf(fileName: string): string {
  return fileName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9 ._()-]/g, '_');
}
