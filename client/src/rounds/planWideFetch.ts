/**
 * One answer about a whole plan that many components read (every row of the
 * measure table): fetched when the first reader subscribes, never once per
 * reader, one fetch at a time (asked during one, it fetches once more after
 * it, since that answer may predate the change). Asked while nothing reads
 * it, it fetches when something does again.
 */
export class PlanWideFetch<T> {
  private readonly listeners = new Set<() => void>();
  private fetching = false;
  private again = false;
  private stale = true;

  constructor(
    private readonly load: () => Promise<T>,
    /** Takes the answer in; true when readers should look again. */
    private readonly received: (value: T) => boolean,
    private readonly readers: { first?: () => void; none?: () => void } = {},
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) {
      this.readers.first?.();
      if (this.stale) this.refresh();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.readers.none?.();
    };
  };

  refresh = (): void => {
    if (this.listeners.size === 0) this.stale = true;
    else if (this.fetching) this.again = true;
    else void this.fetch();
  };

  /** Tells every reader to look again (after a change made here). */
  notify(): void {
    for (const listener of this.listeners) listener();
  }

  private async fetch(): Promise<void> {
    this.fetching = true;
    this.again = false;
    this.stale = false;
    try {
      if (this.received(await this.load())) this.notify();
    } catch {
      // What was shown stays; the next signal, reconnect or focus asks again.
      this.stale = true;
    } finally {
      this.fetching = false;
    }
    if (this.again) void this.fetch();
  }
}
