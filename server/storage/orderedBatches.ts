/**
 * Writes items in the order they were added, per key (a plan's trail), one
 * write at a time per key: items added while a write is running go together
 * in the next one. A burst of status changes in a meeting thus costs one
 * append or one INSERT, and no entry overtakes an earlier one.
 */
export class OrderedBatches<T> {
  /** Items waiting for the next write, per key. */
  private readonly pending = new Map<string, T[]>();
  /** The run writing a key's items; resolves when everything queued for the key is written. */
  private readonly running = new Map<string, Promise<void>>();

  /** `write` failing is reported by it; it never rejects the items' promises. */
  constructor(private readonly write: (key: string, items: T[]) => Promise<void>) {}

  /** Resolves once the item is written (or its write has failed and been reported). */
  add(key: string, item: T): Promise<void> {
    const items = this.pending.get(key);
    if (items) items.push(item);
    else this.pending.set(key, [item]);
    let run = this.running.get(key);
    if (!run) {
      run = this.run(key);
      this.running.set(key, run);
    }
    return run;
  }

  /** Resolves when every item added so far for the key is written. */
  async settled(key: string): Promise<void> {
    await this.running.get(key);
  }

  private async run(key: string): Promise<void> {
    await null;
    // Started only after what the current event-loop turn queued to run next: an entry recorded while an
    // edit is applied waits until Hocuspocus has broadcast the edit (it does so on setImmediate, queued
    // while applying), so the audit never delays an edit on its way to the others.
    await new Promise<void>((resolve) => setImmediate(resolve));
    for (;;) {
      await null; // lets `add` register this run before it can end
      const items = this.pending.get(key);
      if (!items) {
        // Checked and ended in one turn: an item added after this starts a new run.
        this.running.delete(key);
        return;
      }
      this.pending.delete(key);
      await this.write(key, items).catch(() => undefined);
    }
  }
}
