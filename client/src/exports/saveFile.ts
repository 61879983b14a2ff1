import type { ExportedFile } from './exportFile';

/** Hands a file made in the page to the browser's downloads, under its own name. */
export function saveFile({ blob, fileName }: ExportedFile, container: HTMLElement): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  // Inside the open dialog: the rest of the page is inert while a modal dialog is open.
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it starts; the delay only spares slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
