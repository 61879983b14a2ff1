import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload, type SourceMapping } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Stack traces of the compiled server point into the TypeScript sources, with
 * each source map read the first time a stack passes through its file.
 *
 * `node --enable-source-maps` reads and parses the map of every module as it
 * loads (about 3.8 MB of JSON for the server and its packages), which the
 * process then holds from start: 20–25 MB of its resident memory right after
 * start (issue 18), for stacks that are only formatted when something fails.
 * Without the flag, this hook does the same mapping on demand. With the flag
 * (or under tsx, which enables Node's maps itself) Node's own mapping stays.
 */
export function mapStacksOnDemand(): void {
  if (process.sourceMapsEnabled || typeof Error.prepareStackTrace !== 'function') return;
  const formatUnmapped = Error.prepareStackTrace;
  Error.prepareStackTrace = (error: Error, trace: NodeJS.CallSite[]) => {
    // The heading as Node writes it (`TypeError [ERR_X]: …` for its own errors), then each frame mapped.
    const heading: unknown = formatUnmapped(error, []);
    return `${String(heading)}${trace.map((site, i) => `\n    at ${mappedFrame(site, trace[i + 1])}`).join('')}`;
  };
}

/** Each file's map once looked for: `null` when it has none. */
const sourceMaps = new Map<string, SourceMap | null>();

function sourceMapOf(fileName: string): SourceMap | null {
  let map = sourceMaps.get(fileName);
  if (map === undefined) {
    map = readSourceMap(fileName);
    sourceMaps.set(fileName, map);
  }
  return map;
}

const SOURCE_MAPPING_URL = /\/[*/]#\s+sourceMappingURL=([^\s*]+)/g;

function readSourceMap(fileName: string): SourceMap | null {
  if (fileName.startsWith('node:') || !(fileName.startsWith('file://') || fileName.startsWith('/'))) return null;
  try {
    const fileUrl = fileName.startsWith('/') ? pathToFileURL(fileName) : new URL(fileName);
    const reference = [...readFileSync(fileUrl, 'utf8').matchAll(SOURCE_MAPPING_URL)].at(-1)?.[1];
    // Maps inlined as data: URLs come only from tooling that enables Node's own maps (tsx, vitest).
    if (!reference || reference.startsWith('data:')) return null;
    const mapUrl = new URL(reference, fileUrl);
    const payload = JSON.parse(readFileSync(mapUrl, 'utf8')) as SourceMapPayload;
    // The sources' text is not needed for a location: not kept.
    delete (payload as Partial<SourceMapPayload>).sourcesContent;
    const root = new URL(payload.sourceRoot ? `${payload.sourceRoot.replace(/\/?$/, '/')}` : '.', mapUrl);
    payload.sources = payload.sources.map((source) => fileURLToPath(new URL(source, root)));
    return new SourceMap(payload);
  } catch {
    // An unreadable or broken map: the frame stays as the runtime gave it.
    return null;
  }
}

/** One frame as Node's own source-mapped stacks write it (`serializeJSStackFrame` in Node's prepare_stack_trace.js). */
function mappedFrame(site: NodeJS.CallSite, caller: NodeJS.CallSite | undefined): string {
  const fileName = site.getFileName();
  const line = site.getLineNumber();
  const column = site.getColumnNumber();
  const map = fileName && line && column ? sourceMapOf(fileName) : null;
  const entry = map?.findEntry(line! - 1, column! - 1);
  if (!map || !isMapped(entry)) return String(site);
  const prefix = site.isAsync() ? 'async ' : site.isConstructor() ? 'new ' : '';
  const typeName = site.getTypeName();
  const owner = typeName !== null && typeName !== 'global' ? `${typeName}.` : '';
  const name = originalName(map, site, caller) ?? site.getFunctionName() ?? site.getMethodName() ?? '<anonymous>';
  return `${prefix}${owner}${name} (${entry.originalSource}:${entry.originalLine + 1}:${entry.originalColumn + 1})`;
}

/** The source's own name for the function, when the bundler renamed it: the map's name at the function, else at the call. */
function originalName(map: SourceMap, site: NodeJS.CallSite, caller: NodeJS.CallSite | undefined): string | undefined {
  const enclosing = map.findEntry((site.getEnclosingLineNumber() ?? 0) - 1, (site.getEnclosingColumnNumber() ?? 0) - 1);
  if (isMapped(enclosing) && enclosing.name) return enclosing.name;
  if (caller && caller.getFileName() === site.getFileName()) {
    const atCall = map.findEntry((caller.getLineNumber() ?? 0) - 1, (caller.getColumnNumber() ?? 0) - 1);
    if (isMapped(atCall) && atCall.name) return atCall.name;
  }
  return undefined;
}

/** `findEntry` answers `{}` for a place the map does not cover; `name` when the map names the symbol there (missing from @types/node). */
function isMapped(entry: SourceMapping | object | undefined): entry is SourceMapping & { name?: string } {
  return entry !== undefined && 'originalSource' in entry;
}
