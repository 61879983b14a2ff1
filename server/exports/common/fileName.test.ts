import { describe, expect, it } from 'vitest';
import { finnishDay, isoDay } from './dates';
import { contentDisposition, exportFileName } from './fileName';

describe('export file names', () => {
  const date = new Date('2026-11-22T10:00:00Z');

  it('are the plan title and the ISO date, Finnish letters kept', () => {
    expect(exportFileName('Porvoon kaupungin hyvinvointisuunnitelma', date, 'docx')).toBe(
      'Porvoon kaupungin hyvinvointisuunnitelma 2026-11-22.docx',
    );
    expect(exportFileName('Välfärdsplan för Borgå', date, 'pdf')).toBe('Välfärdsplan för Borgå 2026-11-22.pdf');
  });

  it('drop what no operating system allows in a file name', () => {
    const name = exportFileName('a/b\\c:d*e?f"g<h>i|j\u0000k\u202El. ', date, 'csv');
    expect(name).toBe('a b c d e f g h i j k l 2026-11-22.csv');
    expect(exportFileName('   ', date, 'md')).toBe('Hyvinvointisuunnitelma 2026-11-22.md');
    expect(exportFileName('CON', date, 'md')).toBe('Hyvinvointisuunnitelma 2026-11-22.md');
    expect(exportFileName('x'.repeat(500), date, 'md').length).toBeLessThan(140);
  });

  it('date the file in Finland, whatever the server time zone', () => {
    // 23:30 UTC on 22 November is already the 23rd in Helsinki.
    const lateEvening = new Date('2026-11-22T23:30:00Z');
    expect(isoDay(lateEvening)).toBe('2026-11-23');
    expect(finnishDay(lateEvening)).toBe('23.11.2026');
  });

  it('travel in Content-Disposition as RFC 5987 UTF-8 with an ASCII fallback', () => {
    const header = contentDisposition('Hyvinvointisuunnitelma Äänekoski (luonnos) 2026-11-22.pdf');
    expect(header).toBe(
      "attachment; filename=\"Hyvinvointisuunnitelma Aanekoski (luonnos) 2026-11-22.pdf\"; filename*=UTF-8''Hyvinvointisuunnitelma%20%C3%84%C3%A4nekoski%20%28luonnos%29%202026-11-22.pdf",
    );
    const [, star] = /filename\*=UTF-8''(.*)$/.exec(header) ?? [];
    expect(decodeURIComponent(star ?? '')).toBe('Hyvinvointisuunnitelma Äänekoski (luonnos) 2026-11-22.pdf');
    // The fallback is plain printable ASCII without quotes or backslashes.
    expect(contentDisposition('Ω "x"\\ ä.md')).toMatch(/^attachment; filename="[\x20-\x21\x23-\x5b\x5d-\x7e]*";/);
  });
});
