import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Display order of siblings: `order` is a fractional-index key compared as a
 * plain string (code units, never locale); equal keys (two concurrent inserts
 * at the same place) are told apart by id, so every replica shows the same order.
 */
export interface Ordered {
  id: string;
  order: string;
}

export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

export function sortOrdered<T extends Ordered>(items: T[]): T[] {
  return items.sort(compareOrdered);
}

/** Whether `key` is a key `fractional-indexing` accepts. */
export function isOrderKey(key: unknown): key is string {
  if (typeof key !== 'string' || key === '') return false;
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/** `n` keys in ascending order after `last` (or from the start). */
export function keysAfter(last: string | null, n: number): string[] {
  const start = last !== null && isOrderKey(last) ? last : null;
  return generateNKeysBetween(start, null, n);
}

export interface Placement {
  /** Order key of the placed item. */
  order: string;
  /** Siblings whose key has to change to make room (only after ties or broken keys). */
  reorder: Ordered[];
}

/**
 * Where to put an item so that it shows at `index` among `siblings` (sorted,
 * without the item itself). Normally only the new key is needed; when the
 * neighbours share a key (concurrent inserts) the tied siblings after the
 * place get fresh keys too, and when keys are broken (not fractional-index
 * keys) the whole sibling list is renumbered in its current display order.
 */
export function placeAt(siblings: readonly Ordered[], index: number): Placement {
  const n = siblings.length;
  const at = Math.max(0, Math.min(n, Math.trunc(index)));
  const lo = at > 0 ? (siblings[at - 1]?.order ?? null) : null;
  let j = at;
  if (lo !== null) {
    while (j < n && (siblings[j]?.order ?? '') <= lo) j++;
  }
  const hi = j < n ? (siblings[j]?.order ?? null) : null;
  try {
    const keys = generateNKeysBetween(lo, hi, 1 + (j - at));
    const order = keys[0];
    if (order === undefined) throw new Error('no key');
    const reorder: Ordered[] = [];
    for (let k = at; k < j; k++) {
      const sibling = siblings[k];
      const key = keys[k - at + 1];
      if (sibling && key !== undefined) reorder.push({ id: sibling.id, order: key });
    }
    return { order, reorder };
  } catch {
    // Broken keys around the place: renumber everything in display order.
    const keys = generateNKeysBetween(null, null, n + 1);
    const reorder: Ordered[] = [];
    let order = '';
    let k = 0;
    for (let i = 0; i <= n; i++) {
      const key = keys[i] ?? '';
      if (i === at) {
        order = key;
        continue;
      }
      const sibling = siblings[k++];
      if (sibling && sibling.order !== key) reorder.push({ id: sibling.id, order: key });
    }
    return { order, reorder };
  }
}
