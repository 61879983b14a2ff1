import { crc32 } from 'node:zlib';

/**
 * On-disk framing of the document files.
 *
 * A log record is `[u32 length][u32 crc32][u32 seq][update bytes]`, where
 * `length` counts seq + update and the CRC covers the same bytes. A snapshot
 * file is `HYTESNAP [u32 version][u32 upTo][u32 crc32][u32 length][state]`:
 * the merged Yjs state covering every log record with `seq <= upTo`.
 */

export class CorruptFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`Corrupt document file ${file}: ${detail}`);
    this.name = 'CorruptFileError';
  }
}

const RECORD_HEADER = 8;
const SNAPSHOT_MAGIC = Buffer.from('HYTESNAP', 'latin1');
const SNAPSHOT_VERSION = 1;
const SNAPSHOT_HEADER = SNAPSHOT_MAGIC.length + 16;
/** Larger than any update we accept on the socket; a longer length field is garbage. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export function encodeRecord(seq: number, update: Uint8Array): Buffer {
  const record = Buffer.allocUnsafe(RECORD_HEADER + 4 + update.length);
  record.writeUInt32LE(4 + update.length, 0);
  record.writeUInt32LE(seq, RECORD_HEADER);
  record.set(update, RECORD_HEADER + 4);
  record.writeUInt32LE(crc32(record.subarray(RECORD_HEADER)), 4);
  return record;
}

export interface LogRecord {
  seq: number;
  update: Uint8Array;
}

export interface ParsedLog {
  records: LogRecord[];
  /** Byte length of the intact prefix; anything after it is a torn tail. */
  validLength: number;
}

/**
 * Reads the records of one log segment. A damaged record at the very end is
 * a write cut off by a crash (never acknowledged, since acknowledgement waits
 * for fsync) and is reported through `validLength`; damage followed by more
 * data is real corruption and throws.
 */
export function parseLog(file: string, bytes: Buffer): ParsedLog {
  const records: LogRecord[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const damage = recordDamage(bytes, offset);
    if (damage) {
      const end = offset + RECORD_HEADER + Math.max(0, safeLength(bytes, offset));
      if (end >= bytes.length || damage === 'truncated') return { records, validLength: offset };
      throw new CorruptFileError(file, `${damage} at byte ${offset} with ${bytes.length - end} bytes after it`);
    }
    const length = bytes.readUInt32LE(offset);
    const body = bytes.subarray(offset + RECORD_HEADER, offset + RECORD_HEADER + length);
    records.push({ seq: body.readUInt32LE(0), update: new Uint8Array(body.subarray(4)) });
    offset += RECORD_HEADER + length;
  }
  return { records, validLength: offset };
}

function safeLength(bytes: Buffer, offset: number): number {
  return offset + 4 <= bytes.length ? bytes.readUInt32LE(offset) : 0;
}

function recordDamage(bytes: Buffer, offset: number): 'truncated' | 'bad length' | 'checksum mismatch' | null {
  if (offset + RECORD_HEADER > bytes.length) return 'truncated';
  const length = bytes.readUInt32LE(offset);
  if (length < 4 || length > MAX_RECORD_BYTES) return 'bad length';
  if (offset + RECORD_HEADER + length > bytes.length) return 'truncated';
  const body = bytes.subarray(offset + RECORD_HEADER, offset + RECORD_HEADER + length);
  return crc32(body) === bytes.readUInt32LE(offset + 4) ? null : 'checksum mismatch';
}

export function encodeSnapshot(upTo: number, state: Uint8Array): Buffer {
  const header = Buffer.alloc(SNAPSHOT_HEADER);
  SNAPSHOT_MAGIC.copy(header, 0);
  let at = SNAPSHOT_MAGIC.length;
  at = header.writeUInt32LE(SNAPSHOT_VERSION, at);
  at = header.writeUInt32LE(upTo, at);
  at = header.writeUInt32LE(crc32(state), at);
  header.writeUInt32LE(state.length, at);
  return Buffer.concat([header, state]);
}

export function decodeSnapshot(file: string, bytes: Buffer): { upTo: number; state: Uint8Array } {
  if (bytes.length < SNAPSHOT_HEADER || !bytes.subarray(0, SNAPSHOT_MAGIC.length).equals(SNAPSHOT_MAGIC)) {
    throw new CorruptFileError(file, 'not a snapshot file (bad header)');
  }
  let at = SNAPSHOT_MAGIC.length;
  const version = bytes.readUInt32LE(at);
  if (version !== SNAPSHOT_VERSION) throw new CorruptFileError(file, `unknown snapshot version ${version}`);
  const upTo = bytes.readUInt32LE((at += 4));
  const checksum = bytes.readUInt32LE((at += 4));
  const length = bytes.readUInt32LE((at += 4));
  const state = bytes.subarray(SNAPSHOT_HEADER);
  if (state.length !== length) throw new CorruptFileError(file, `expected ${length} bytes of state, found ${state.length}`);
  if (crc32(state) !== checksum) throw new CorruptFileError(file, 'checksum mismatch');
  return { upTo, state: new Uint8Array(state) };
}
