/**
 * Puts `text` on the clipboard; false when the browser would not. The Clipboard API is absent
 * outside secure contexts (a page on plain http from a trainer's laptop), and a write may be
 * refused (no permission, the page not focused): the caller says so instead of throwing.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
