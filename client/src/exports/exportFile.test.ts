import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from './exportFile';

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 name, with Finnish letters', () => {
    const header =
      "attachment; filename=\"Porvoon kaupungin hyvinvointisuunnitelma 2026-06-12.docx\"; filename*=UTF-8''Porvoon%20kaupungin%20hyvinvointisuunnitelma%20%C3%A4%C3%B6%C3%A5%202026-06-12.docx";
    expect(fileNameFromDisposition(header, 'x')).toBe('Porvoon kaupungin hyvinvointisuunnitelma äöå 2026-06-12.docx');
  });

  it('falls back to the plain name, then to the given one', () => {
    expect(fileNameFromDisposition('attachment; filename="Suunnitelma.pdf"', 'x')).toBe('Suunnitelma.pdf');
    expect(fileNameFromDisposition('attachment; filename=Suunnitelma.md', 'x')).toBe('Suunnitelma.md');
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''%E0%A4%A; filename=\"a.csv\"", 'x')).toBe('a.csv');
    expect(fileNameFromDisposition('attachment', 'export.csv')).toBe('export.csv');
    expect(fileNameFromDisposition(null, 'export.csv')).toBe('export.csv');
  });
});
