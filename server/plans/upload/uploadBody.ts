import type { Request, Response } from 'express';
import { HttpError } from '../../http/errors';
import { formatBytes } from './limits';

/**
 * Reads an uploaded file from the request stream, refusing it with a 413 as
 * soon as it is declared or found to be larger than `limit`: nothing past the
 * limit is kept. A refused upload's connection is closed after the answer, so
 * the rest of a large body is not read.
 */
export function readUploadBody(req: Request, res: Response, limit: number): Promise<Buffer> {
  const encoding = (req.get('content-encoding') ?? 'identity').toLowerCase();
  // A compressed body would be one more bomb to unpack; spreadsheets are small (XLSX is already a zip).
  if (encoding !== 'identity') return Promise.reject(new HttpError(415, 'Send the file without Content-Encoding'));
  const tooLarge = () => {
    res.setHeader('Connection', 'close');
    return new HttpError(413, `The file is larger than ${formatBytes(limit)}`);
  };
  if (Number(req.get('content-length') ?? 0) > limit) {
    req.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      chunks.length = 0;
      // Keep the socket flowing (the bytes are dropped) until the answer closes it.
      req.resume();
      reject(tooLarge());
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks, size)));
    req.once('error', (error) => reject(new HttpError(400, `The upload was interrupted: ${error.message}`)));
  });
}
