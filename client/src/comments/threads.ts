import type { Thread } from '../../../shared/discussion';

/** The latest thing that happened in a thread: a message, an edit, or resolving it. */
export function lastActivity(thread: Thread): string {
  let latest = thread.resolvedAt ?? thread.createdAt;
  for (const message of thread.messages) {
    for (const at of [message.createdAt, message.editedAt]) if (at && at > latest) latest = at;
  }
  return latest;
}

/** Newest activity first, as the panel lists them. */
export function byActivity(threads: readonly Thread[]): Thread[] {
  return threads
    .map((thread) => ({ thread, at: lastActivity(thread) }))
    .sort((a, b) => b.at.localeCompare(a.at) || a.thread.threadId.localeCompare(b.thread.threadId))
    .map(({ thread }) => thread);
}

export interface MeasureThreads {
  open: number;
  /** One of them has a message this user has not read. */
  unread: boolean;
}

/** Open threads per measure, for the table's badges and its filter. */
export function openThreadsByMeasure(
  threads: readonly Thread[],
  isUnread: (thread: Thread) => boolean,
): Map<string, MeasureThreads> {
  const counts = new Map<string, MeasureThreads>();
  for (const thread of threads) {
    if (thread.resolved || !thread.measureId) continue;
    const count = counts.get(thread.measureId) ?? { open: 0, unread: false };
    counts.set(thread.measureId, { open: count.open + 1, unread: count.unread || isUnread(thread) });
  }
  return counts;
}

/** Which threads the panel lists: all of them, or one measure's. */
export type PanelView = { kind: 'all' } | { kind: 'measure'; measureId: string };

export function threadsInView(threads: readonly Thread[], view: PanelView, showResolved: boolean): Thread[] {
  return byActivity(
    threads.filter(
      (thread) => (showResolved || !thread.resolved) && (view.kind === 'all' || thread.measureId === view.measureId),
    ),
  );
}

/** Open threads on passages of the plan text: the editor highlights these. */
export function openTextThreads(threads: readonly Thread[]): Thread[] {
  return threads.filter((thread) => !thread.resolved && thread.anchor !== null);
}
