/** A year people typed, 1900–2100; null when it is not one. */
export function parseYear(text: string): number | null {
  const year = Number(text.trim());
  return /^\d{4}$/.test(text.trim()) && year >= 1900 && year <= 2100 ? year : null;
}

/** A figure people typed with a decimal comma or point ("12,5", "12.5", "−3", "50 123"); null when it is not one. */
export function parseFigure(text: string): number | null {
  const normalized = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.').replace('\u2212', '-');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return null;
  return Number(normalized);
}
