const ALLOWED = /^(https?:|mailto:|tel:)/i;

/**
 * The address as typed, made into a link target: "www.porvoo.fi" becomes
 * "https://www.porvoo.fi". Returns null for schemes a plan must not link to
 * (javascript:, data: …).
 */
export function normaliseLinkUrl(input: string): string | null {
  const url = input.trim();
  if (url === '') return null;
  if (ALLOWED.test(url)) return url;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return null;
  return `https://${url}`;
}
