/** Saves text as a downloaded file, entirely in the browser. */

/** Offers `text` as a download called `fileName` (no server involved). */
export function saveTextFile(fileName: string, text: string, type = 'application/json'): void {
  saveBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** Reads a chosen file as text, refusing files over `maxBytes` before reading them. */
export async function readTextFile(
  file: File,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; reason: 'too-large' | 'read-failed' }> {
  if (file.size > maxBytes) return { ok: false, reason: 'too-large' };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, reason: 'read-failed' };
  }
}

/** Copies text to the clipboard; false when the browser refuses (the caller shows it instead). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Offers a Blob (a JSON file, a generated PDF…) as a download called `fileName`. */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
