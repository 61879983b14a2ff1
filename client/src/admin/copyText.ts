/**
 * Copies text to the clipboard. The Clipboard API exists only in secure
 * contexts, and a municipality's intranet may serve the app over plain http;
 * there the selected text of `field` is copied the old way instead.
 * Resolves to whether copying worked; if not, the link stays selected for
 * the person to copy themselves.
 */
export async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  if (navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Denied (permissions, no focus): try the fallback below.
    }
  }
  if (!field) return false;
  field.focus();
  field.select();
  // Deprecated, but the only way to copy without the Clipboard API.
  return document.execCommand('copy');
}
