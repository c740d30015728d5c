// Saving a file the page made (a picture, a deck, a zip): one way for every dialog, so each says the
// same thing when it is done. Loaded with the dialogs, never in the first view.
import { formatNumber, t } from '../i18n/later';

/** Starts the browser's download of `url` as `fileName`, as a click on a link would. */
export function clickDownload(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/**
 * Downloads `blob` as `fileName` and returns the sentence that says so, with its size. The object URL
 * is let go a little later: revoked at once, some browsers would cancel the download.
 */
export function saveBlob(blob: Blob, fileName: string): string {
  const url = URL.createObjectURL(blob);
  clickDownload(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return t('file.saved', { name: fileName, size: t('file.kb', { size: formatNumber(Math.round(blob.size / 1024)) }) });
}
