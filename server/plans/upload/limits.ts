import { IMPORT_LIMITS } from '../../../shared/plan';

const MB = 1024 * 1024;

/**
 * Bounds on reading an uploaded measure table (CSV or XLSX). An XLSX file is a
 * zip: a megabyte of it can unpack into gigabytes of XML, so every size is
 * checked against what the zip declares before reading and against what
 * actually comes out while reading. A table of 20 000 measures with Porvoo's
 * texts is 0.6 MB of XLSX holding 9 MB of XML, or 5.8 MB of CSV; these limits
 * leave room above that and stop everything far below what would hurt the
 * server.
 */
export const UPLOAD_LIMITS = {
  /** The uploaded file itself. */
  fileBytes: 10 * MB,
  /** All parts of an XLSX zip together, as its directory declares them. */
  unpackedBytes: 100 * MB,
  /** One part (a sheet, the shared strings) as declared and as actually inflated. */
  partBytes: 64 * MB,
  /** Small parts read whole: the workbook, its relationships, the styles. */
  smallPartBytes: 2 * MB,
  /** Unpacked ÷ packed of a part over 1 MB: real sheets stay far below; bombs are near deflate's maximum, about 1000. */
  compressionRatio: 200,
  zipEntries: 10_000,
  /** Rows holding something (title rows above the header included) and the measures under the header. */
  rows: IMPORT_LIMITS.totalMeasures + 50,
  measureRows: IMPORT_LIMITS.totalMeasures,
  columns: 100,
  /** Excel's own maximum for one cell. */
  cellCharacters: 32_767,
  sharedStrings: 1_000_000,
  mergedRanges: 10_000,
  /** Parsing runs on a worker thread with its own heap, stopped after this long. */
  parseMs: 20_000,
  parseHeapMb: 256,
  /** Parses at once (one per core of a small server), and uploads waiting for one; more are told to retry. */
  parallelParses: 2,
  waitingParses: 4,
} as const;

export const formatBytes = (bytes: number) => `${Math.round(bytes / MB)} MB`;
