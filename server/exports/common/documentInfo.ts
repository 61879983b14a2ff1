import { finnishDay } from './dates';
import type { ExportInput } from '../types';

/** What the title page (or the head of a one-page format) says, the same in every format. */
export interface DocumentInfo {
  title: string;
  municipality?: string;
  versionLabel?: string;
  /** `22.11.2026` */
  date: string;
  /** `Porvoo · Kaupunginvaltuustolle 12.6.2026 · 22.11.2026`: a one-line byline. */
  byline: string;
}

export const FALLBACK_TITLE = 'Hyvinvointisuunnitelma';

export function documentInfo(input: ExportInput): DocumentInfo {
  const title = input.data.title.trim() || FALLBACK_TITLE;
  const municipality = input.municipality?.trim() || undefined;
  const versionLabel = input.versionLabel?.trim() || undefined;
  const date = finnishDay(input.date);
  const byline = [municipality, versionLabel, date].filter(Boolean).join(' · ');
  return { title, municipality, versionLabel, date, byline };
}
