/**
 * Open comment threads as Word comments (`comments=1` on a DOCX export): each
 * thread is a comment with its replies threaded under it, anchored on a
 * measure's title cell or on the passage of the text it is about (found by
 * its words; the first occurrence in document order). A thread whose measure
 * or passage is gone is kept on the title, saying what it was about.
 */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx';
import type { Inline } from '../common/planText';
import type { ExportThread } from '../types';

interface PlacedThread {
  thread: ExportThread;
  /** Word comment ids: the first message's, then its replies'. */
  ids: number[];
  placed: boolean;
  /** Placed on the title for want of its measure or passage: the comment says what it was about. */
  orphan: boolean;
}

/** Markers around a range: the start of every comment of the thread, and their ends with references. */
function starts(thread: PlacedThread): ParagraphChild[] {
  return thread.ids.map((id) => new CommentRangeStart(id));
}

function ends(thread: PlacedThread): ParagraphChild[] {
  return thread.ids.flatMap((id) => [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })]);
}

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toLocaleUpperCase('fi'))
    .join('')
    .slice(0, 4);

/** Inline text as one string, a line break as one character, so that offsets into it cut the inlines. */
const flat = (inlines: Inline[]) => inlines.map((inline) => (inline.kind === 'text' ? inline.text : '\n')).join('');

/** The inlines covering characters `from`–`to` of `flat(inlines)`. */
function slice(inlines: Inline[], from: number, to: number): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const inline of inlines) {
    const length = inline.kind === 'text' ? inline.text.length : 1;
    const start = Math.max(from, at);
    const end = Math.min(to, at + length);
    if (start < end) out.push(inline.kind === 'text' ? { ...inline, text: inline.text.slice(start - at, end - at) } : inline);
    at += length;
  }
  return out;
}

export class WordComments {
  private readonly threads: PlacedThread[];

  constructor(threads: readonly ExportThread[]) {
    let next = 0;
    this.threads = threads
      .filter((thread) => thread.messages.length > 0)
      .map((thread) => ({ thread, ids: thread.messages.map(() => next++), placed: false, orphan: false }));
  }

  /** Comment markers around a measure's title: `[start, end]` to put before and after its runs. */
  aroundMeasure(measureId: string): [ParagraphChild[], ParagraphChild[]] {
    const mine = this.threads.filter((t) => !t.placed && t.thread.measureId === measureId);
    for (const thread of mine) thread.placed = true;
    return [mine.flatMap(starts), mine.flatMap(ends)];
  }

  /**
   * A paragraph's runs with the passages of text threads marked: `render`
   * turns inlines into runs (bold, links…), here called on the pieces
   * between the markers.
   */
  inText(inlines: Inline[], render: (inlines: Inline[]) => ParagraphChild[]): ParagraphChild[] {
    const text = flat(inlines);
    const hits: Array<{ thread: PlacedThread; from: number; to: number }> = [];
    for (const thread of this.threads) {
      const passage = thread.thread.passage;
      if (thread.placed || thread.thread.measureId !== null || passage === '') continue;
      const from = text.indexOf(passage);
      if (from < 0) continue;
      thread.placed = true;
      hits.push({ thread, from, to: from + passage.length });
    }
    if (hits.length === 0) return render(inlines);
    const cuts = [...new Set([0, text.length, ...hits.flatMap((hit) => [hit.from, hit.to])])].sort((a, b) => a - b);
    const children: ParagraphChild[] = [];
    cuts.forEach((cut, i) => {
      // Ranges ending here close before those starting here open: no overlap is implied where none is.
      for (const hit of hits) if (hit.to === cut) children.push(...ends(hit.thread));
      for (const hit of hits) if (hit.from === cut) children.push(...starts(hit.thread));
      const next = cuts[i + 1];
      if (next !== undefined && next > cut) children.push(...render(slice(inlines, cut, next)));
    });
    return children;
  }

  /** Threads that found no place: kept on the title, each saying what it was about. */
  unplaced(): [ParagraphChild[], ParagraphChild[]] {
    const rest = this.threads.filter((t) => !t.placed);
    for (const thread of rest) {
      thread.placed = true;
      thread.orphan = true;
    }
    return [rest.flatMap(starts), rest.flatMap(ends)];
  }

  /** The comments part: call after placing, so that every comment has its range. */
  options(): { children: ICommentOptions[] } {
    const children = this.threads.flatMap(({ thread, ids, orphan }) =>
      thread.messages.map((message, i): ICommentOptions => {
        const context = i === 0 && orphan && thread.context ? [new Paragraph({ children: [new TextRun({ text: thread.context, italics: true })] })] : [];
        const date = new Date(message.createdAt);
        return {
          id: ids[i] ?? 0,
          parentId: i > 0 ? ids[0] : undefined,
          author: message.author,
          initials: initialsOf(message.author),
          date: Number.isNaN(date.getTime()) ? undefined : date,
          children: [...context, ...message.text.split(/\r?\n/).map((line) => new Paragraph({ children: [new TextRun(line)] }))],
        };
      }),
    );
    return { children };
  }
}
