/**
 * A file refused for what it holds: 400 for content that is not a usable
 * measure table, 413 for content beyond a size limit. Its message is shown to
 * the client. Thrown where the file is read (on the parse thread) and turned
 * into an HTTP answer by the caller, so reading needs nothing of the server.
 */
export class TableFileError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

export const unreadable = (message: string) => new TableFileError(400, message);
export const tooLarge = (message: string) => new TableFileError(413, message);
