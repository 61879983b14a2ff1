import type * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { forgetOfflineShell } from './offlineShell';

// Every copy's database name starts with this, so that signing out finds them all.
const PREFIX = 'hyte-offline:';
// The names are also listed here, for browsers without `indexedDB.databases()`.
const INDEX_KEY = 'hyte-offline-copies';
// A copy that does not open in this time (another tab blocking it) is not waited for.
const OPEN_TIMEOUT_MS = 3000;

export function offlineCopyName(planId: string, userId: string): string {
  return `${PREFIX}${userId}:${planId}`;
}

function listedNames(): string[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(INDEX_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

function list(name: string): void {
  try {
    const names = listedNames();
    if (!names.includes(name)) localStorage.setItem(INDEX_KEY, JSON.stringify([...names, name]));
  } catch {
    // No localStorage: `indexedDB.databases()` finds the copy on signing out.
  }
}

/**
 * Keeps a copy of a plan's document in this browser (IndexedDB), so that
 * edits made while the connection is down survive a reload and are sent when
 * it returns. One copy per user and plan: on a shared computer, one person's
 * unsent edits never load into another's session. Resolves once the copy is
 * in `doc` (or could not be opened in time); the copy is kept until `doc` is destroyed.
 */
export async function keepOfflineCopy(doc: Y.Doc, planId: string, userId: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const name = offlineCopyName(planId, userId);
  list(name);
  const persistence = new IndexeddbPersistence(name, doc);
  // `_db` rejects when IndexedDB refuses (some private modes); `whenSynced` then never resolves.
  const loaded = persistence._db.then(() => persistence.whenSynced);
  loaded.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([loaded, new Promise((resolve) => (timer = setTimeout(resolve, OPEN_TIMEOUT_MS)))]);
  } catch {
    // The plan opens as before, without a copy.
  } finally {
    clearTimeout(timer);
  }
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    // A copy still open (the plan being left) is deleted once it closes; nobody waits for that.
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/**
 * Forgets everything kept for offline use: the plan copies and the cached
 * app shell with its session answer. Called on signing out, because the
 * next person at this computer must not find the plans in the browser.
 * Edits not yet sent are lost with them.
 */
export async function forgetOfflineCopies(): Promise<void> {
  const names = new Set(listedNames());
  if (typeof indexedDB !== 'undefined' && typeof indexedDB.databases === 'function') {
    const databases = await indexedDB.databases().catch(() => []);
    for (const { name } of databases) if (name?.startsWith(PREFIX)) names.add(name);
  }
  await Promise.all([
    ...[...names].map(deleteDatabase),
    forgetOfflineShell().catch(() => undefined),
  ]);
  try {
    localStorage.removeItem(INDEX_KEY);
  } catch {
    // Nothing listed.
  }
}
