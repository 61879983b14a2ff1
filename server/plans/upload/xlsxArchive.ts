import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import yauzl from 'yauzl';
import { formatBytes, UPLOAD_LIMITS } from './limits';
import { tooLarge, unreadable } from './tableFileError';

/**
 * The zip inside an XLSX file, opened from its central directory (yauzl reads
 * the directory first and inflates nothing until asked). The directory's
 * declared sizes are checked before any part is unpacked, and the bytes that
 * actually come out of a part are counted while it is read, since a zip can
 * declare small sizes and still inflate without end.
 */
export class XlsxArchive {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
  ) {}

  static async open(bytes: Buffer): Promise<XlsxArchive> {
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, file) =>
        error ? reject(unreadable(`The XLSX file cannot be read: ${error.message}`)) : resolve(file),
      ),
    );
    const entries = await readDirectory(zip);
    return new XlsxArchive(zip, entries);
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  /** A small part (the workbook, relationships) as text. */
  async readText(path: string): Promise<string> {
    let text = '';
    await this.stream(path, UPLOAD_LIMITS.smallPartBytes, (chunk) => (text += chunk));
    return text;
  }

  /**
   * Streams a part's text to `onText` chunk by chunk, stopping with a 413 as
   * soon as more than `limit` bytes come out, whatever the zip declared. An
   * error thrown by `onText` stops the reading too.
   */
  async stream(path: string, limit: number, onText: (text: string) => void): Promise<void> {
    const entry = this.entries.get(path);
    if (!entry) throw unreadable(`The XLSX file has no ${path}`);
    if (entry.uncompressedSize > limit) throw partTooLarge(path, limit);
    const stream = await new Promise<Readable>((resolve, reject) =>
      this.zip.openReadStream(entry, (error, readable) => (error ? reject(unreadable(`The XLSX file cannot be read: ${error.message}`)) : resolve(readable))),
    );
    // Keeps a UTF-8 character cut between two chunks for the next one.
    const decoder = new StringDecoder('utf8');
    let inflated = 0;
    await new Promise<void>((resolve, reject) => {
      const stop = (error: Error) => {
        stream.destroy();
        reject(error);
      };
      stream.on('data', (chunk: Buffer) => {
        inflated += chunk.length;
        if (inflated > limit) return stop(partTooLarge(path, limit));
        try {
          onText(decoder.write(chunk));
        } catch (error) {
          stop(error as Error);
        }
      });
      stream.on('error', (error) =>
        // yauzl checks the inflated size against the declared one: more means the zip lies about its size.
        reject(/too many bytes/.test(error.message) ? tooLarge(`The XLSX file's ${path} unpacks to more than its declared size`) : unreadable(`The XLSX file cannot be read: ${error.message}`)),
      );
      stream.on('end', () => {
        try {
          onText(decoder.end());
          resolve();
        } catch (error) {
          reject(error as Error);
        }
      });
    });
  }

  close(): void {
    this.zip.close();
  }
}

const partTooLarge = (path: string, limit: number) => tooLarge(`The XLSX file's ${path} unpacks to more than ${formatBytes(limit)}`);

/** Every entry of the central directory, refusing the file if the sizes it declares are beyond the limits. */
function readDirectory(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  const entries = new Map<string, yauzl.Entry>();
  let declared = 0;
  return new Promise((resolve, reject) => {
    const refuse = (error: Error) => {
      zip.close();
      reject(error);
    };
    zip.on('error', (error: Error) => refuse(unreadable(`The XLSX file cannot be read: ${error.message}`)));
    zip.on('end', () => resolve(entries));
    zip.on('entry', (entry: yauzl.Entry) => {
      declared += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entries.size >= UPLOAD_LIMITS.zipEntries) return refuse(unreadable(`The XLSX file has more than ${UPLOAD_LIMITS.zipEntries} parts`));
      if (entry.isEncrypted()) return refuse(unreadable('The XLSX file is encrypted: save it without a password'));
      if (declared > UPLOAD_LIMITS.unpackedBytes) return refuse(tooLarge(`The XLSX file unpacks to more than ${formatBytes(UPLOAD_LIMITS.unpackedBytes)}`));
      if (entry.uncompressedSize > 1024 * 1024 && ratio > UPLOAD_LIMITS.compressionRatio) {
        return refuse(tooLarge(`The XLSX file's ${entry.fileName} is compressed ${Math.round(ratio)} times, more than a spreadsheet ever is (at most ${UPLOAD_LIMITS.compressionRatio})`));
      }
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}
