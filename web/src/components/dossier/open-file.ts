// Files the API serves only with the bearer token (forms, attachments) cannot be plain links:
// they are fetched, then shown from a blob: address.

// Opens a PDF in a new tab. The tab is opened within the click (so no popup blocker steps in)
// and pointed at the file once it has arrived; the browser's viewer prints it.
export async function openPdfInNewTab(load: () => Promise<Blob>): Promise<void> {
  const tab = window.open('', '_blank');
  if (tab) {
    tab.document.title = 'Đang mở biểu mẫu…';
    tab.document.body.textContent = 'Đang mở biểu mẫu…';
  }
  try {
    const blob = await load();
    const url = URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
    if (tab) {
      tab.location.href = url;
    } else {
      window.location.assign(url);
    }
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    tab?.close();
    throw error;
  }
}

// Saves a file under its stored name.
export async function downloadFile(load: () => Promise<Blob>, fileName: string): Promise<void> {
  const url = URL.createObjectURL(await load());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function formatFileSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`;
}
