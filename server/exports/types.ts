/**
 * What every export module shares: its input and its file. A leaf: it imports
 * no other export module, so every format, the pool and the routes can name
 * these types without an import circle.
 */
import type { IndicatorView } from '../../shared/api/indicators';
import type { PlanData } from '../../shared/plan';

export interface ExportInput {
  /** With `body` (the plan text as Tiptap JSON) for the formats that print the text. */
  data: PlanData;
  /** `Porvoo`: the plan's `meta.municipality`, when known. */
  municipality?: string;
  /** `Kaupunginvaltuustolle 12.6.2026`, when a named version is exported. */
  versionLabel?: string;
  /** The date the content is from: now for the live plan, the version's creation time for a version. */
  date: Date;
  /** Open comment threads, printed as Word comments (DOCX only, when asked for). */
  comments?: ExportThread[];
  /** The plan's indicators with their figures, in Finnish: the indicators section of the DOCX, PDF and HTML, and the text's charts in those and Markdown. */
  indicators?: IndicatorView[];
}

/** An open comment thread as the exports print it: plain data, so that it crosses to the render thread. */
export interface ExportThread {
  /** The measure it is about, or null for a passage of the text. */
  measureId: string | null;
  /** A text thread's words: as the passage reads now, else as quoted when it was opened; '' for a measure's. */
  passage: string;
  /** What it is about in words ("Toimenpide: …", "Kohta tekstissä: ”…”"), shown when its place is gone. */
  context: string;
  /** Oldest first; deleted messages are left out. */
  messages: Array<{ author: string; text: string; createdAt: string }>;
}

/** A rendered export, as the route sends it. */
export interface RenderedFile {
  bytes: Buffer;
  contentType: string;
  fileName: string;
}
