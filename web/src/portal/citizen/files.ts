// What the API accepts (src/infra/storage SCAN_TYPES, recognised from the content): checked here
// too, so a phone user learns before a long upload that a file will be refused.
export const ACCEPTED_FILES =
  '.pdf,.jpg,.jpeg,.png,.tif,.tiff,application/pdf,image/jpeg,image/png,image/tiff';

const MB = 1024 * 1024;

export function checkScanFile(file: File): string | null {
  const name = file.name.toLowerCase();
  if (file.size === 0) {
    return 'Tệp rỗng, hãy chọn tệp khác.';
  }
  if (/\.(jpe?g|png)$/.test(name) && file.size > 10 * MB) {
    return 'Ảnh JPEG, PNG không quá 10 MB.';
  }
  if (file.size > 20 * MB) {
    return 'Tệp PDF, TIFF không quá 20 MB.';
  }
  return null;
}

export function formatFileSize(bytes: number): string {
  return bytes >= MB
    ? `${(bytes / MB).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`;
}

// Files the API serves only with the bearer token cannot be plain links: fetched, then saved.
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
