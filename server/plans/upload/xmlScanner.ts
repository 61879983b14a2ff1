/**
 * A streaming scanner for the XML of spreadsheet parts: it reports tags and
 * text as the chunks arrive and keeps only an unfinished tag between them, so
 * a sheet of any length is read in constant memory and the reader can stop
 * at any point. It knows exactly what SpreadsheetML needs: elements,
 * attributes, the five predefined entities, character references, CDATA,
 * comments and processing instructions. A DOCTYPE is refused, which rules
 * out entity expansion ("billion laughs") and external entities.
 */

export interface XmlHandler {
  /** Names are local: a namespace prefix (`x:row`, `r:id`) is dropped. */
  open(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data, entities resolved; one run of text may come in several calls. */
  text(text: string): void;
}

export class XmlFormatError extends Error {}

const MAX_TAG_LENGTH = 64 * 1024;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

function decodeEntity(whole: string, name: string): string {
  if (name[0] !== '#') return ENTITIES[name] ?? whole;
  const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
}

export function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, decodeEntity) : text;
}

export class XmlScanner {
  private pending = '';

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    const buffer = this.pending + chunk;
    let position = 0;
    while (position < buffer.length) {
      const tagStart = buffer.indexOf('<', position);
      if (tagStart < 0) {
        position = this.emitText(buffer, position, buffer.length, true);
        break;
      }
      if (tagStart > position) this.emitText(buffer, position, tagStart, false);
      const tagEnd = this.markupEnd(buffer, tagStart);
      if (tagEnd < 0) {
        position = tagStart;
        break;
      }
      this.markup(buffer, tagStart, tagEnd);
      position = tagEnd + 1;
    }
    this.pending = buffer.slice(position);
    if (this.pending.length > MAX_TAG_LENGTH) throw new XmlFormatError(`a tag longer than ${MAX_TAG_LENGTH} characters`);
  }

  end(): void {
    if (this.pending.trim()) throw new XmlFormatError('the XML ends inside a tag');
  }

  /** Text up to `end`, except (at a chunk's end) an entity cut in two, which waits for the next chunk. */
  private emitText(buffer: string, start: number, end: number, atChunkEnd: boolean): number {
    let stop = end;
    if (atChunkEnd) {
      const ampersand = buffer.lastIndexOf('&', end - 1);
      if (ampersand >= start && !buffer.includes(';', ampersand)) stop = ampersand;
    }
    if (stop > start) this.handler.text(decodeEntities(buffer.slice(start, stop)));
    return stop;
  }

  /** Index of the markup's last character (`>`), or -1 if it is not complete yet. */
  private markupEnd(buffer: string, start: number): number {
    const head = buffer.slice(start, start + 9);
    if (isCutMarker(head, '<!--') || isCutMarker(head, '<![CDATA[')) return -1;
    if (head.startsWith('<!--')) return endOf(buffer.indexOf('-->', start + 4), 3);
    if (head.startsWith('<![CDATA[')) return endOf(buffer.indexOf(']]>', start + 9), 3);
    if (head.startsWith('<?')) return endOf(buffer.indexOf('?>', start + 2), 2);
    if (head.startsWith('<!')) throw new XmlFormatError('a DOCTYPE or other declaration, which spreadsheets do not use');
    // A '>' inside a quoted attribute value does not end the tag.
    let from = start + 1;
    for (;;) {
      const close = buffer.indexOf('>', from);
      if (close < 0) return -1;
      const quote = firstQuote(buffer, from, close);
      if (quote < 0) return close;
      const quoteEnd = buffer.indexOf(buffer[quote]!, quote + 1);
      if (quoteEnd < 0) return -1;
      from = quoteEnd + 1;
    }
  }

  private markup(buffer: string, start: number, end: number): void {
    const second = buffer[start + 1];
    if (second === '?' || buffer.startsWith('<!--', start)) return;
    if (buffer.startsWith('<![CDATA[', start)) {
      this.handler.text(buffer.slice(start + 9, end - 2));
      return;
    }
    if (second === '/') {
      this.handler.close(localName(buffer.slice(start + 2, end).trim()));
      return;
    }
    const selfClosing = buffer[end - 1] === '/';
    const body = buffer.slice(start + 1, selfClosing ? end - 1 : end);
    const nameEnd = body.search(/[\s/]|$/);
    const attributes: Record<string, string> = {};
    for (const match of body.slice(nameEnd).matchAll(ATTRIBUTE)) {
      attributes[localName(match[1]!)] = decodeEntities(match[2] ?? match[3] ?? '');
    }
    this.handler.open(localName(body.slice(0, nameEnd)), attributes, selfClosing);
    if (selfClosing) this.handler.close(localName(body.slice(0, nameEnd)));
  }
}

/** The chunk ends inside `marker`: whether it is one is known only with the next chunk. */
const isCutMarker = (head: string, marker: string) => head.length < marker.length && marker.startsWith(head);

const endOf = (index: number, markerLength: number) => (index < 0 ? -1 : index + markerLength - 1);

/** Searched only inside the tag: looking past it could scan the whole chunk for every tag. */
function firstQuote(buffer: string, from: number, before: number): number {
  const offset = buffer.slice(from, before).search(/["']/);
  return offset < 0 ? -1 : from + offset;
}
