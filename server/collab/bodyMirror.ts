import * as Y from 'yjs';
import { BODY_FIELD } from '../../shared/editor/planTextExtensions';
import { MAX_BODY_SIZE } from '../../shared/editor/planTextRules';
import { changedBlocks, checkBlock } from '../../shared/editor/yPlanText';

/** What `check` answers for bytes that are no Yjs update at all. */
export const MALFORMED_UPDATE = 'not a valid Yjs update';

/**
 * A scratch copy of one loaded plan document, kept in step with it, on which
 * an incoming update is tried before the real document (and the journal) sees
 * it. Yjs cannot take an applied update back, so trying it on the real
 * document is no option; and which blocks of the text an update touches
 * cannot be told from its bytes alone (an item's parent may be given only
 * through its neighbour, or arrive in a later update), so the copy is where
 * Yjs itself says what changed.
 *
 * Per update only the top-level blocks it changed or added are read and
 * checked, and the text's size is kept as a running sum of block sizes, so a
 * keystroke costs the check of one paragraph, not of the whole text. After a
 * refusal the copy holds the refused content and is rebuilt from the real
 * document (rare: only a faulty or hostile client is refused).
 */
export class BodyMirror {
  private scratch!: Y.Doc;
  private body!: Y.XmlFragment;
  private readonly sizes = new WeakMap<object, number>();
  private total = 0;
  /** While `check` applies an update: the first problem found in the blocks it changed. */
  private checking: { problem: string | null } | null = null;

  constructor(private readonly live: Y.Doc) {
    this.rebuild();
    live.on('update', this.follow);
  }

  /**
   * Applies `update` to the copy; `null` if the plan text still fits afterwards,
   * otherwise the problem (and the copy is reset to the real document).
   */
  check(update: Uint8Array): string | null {
    const totalBefore = this.total;
    this.checking = { problem: null };
    try {
      Y.applyUpdate(this.scratch, update);
    } catch {
      this.checking.problem = MALFORMED_UPDATE;
    }
    const problem = this.checking.problem ?? (this.total > MAX_BODY_SIZE && this.total > totalBefore ? 'the plan text is too long' : null);
    this.checking = null;
    if (problem) this.rebuild();
    return problem;
  }

  destroy(): void {
    this.live.off('update', this.follow);
    this.scratch.destroy();
  }

  /** Every change of the real document reaches the copy; those `check` applied already change nothing the second time. */
  private readonly follow = (update: Uint8Array) => {
    try {
      Y.applyUpdate(this.scratch, update);
    } catch {
      this.rebuild();
    }
  };

  private rebuild(): void {
    this.scratch?.destroy();
    this.scratch = new Y.Doc({ gc: this.live.gc });
    Y.applyUpdate(this.scratch, Y.encodeStateAsUpdate(this.live));
    this.body = this.scratch.getXmlFragment(BODY_FIELD);
    this.total = this.body.toArray().reduce((sum: number, block) => sum + this.measure(block), 0);
    // Before observers (and garbage collection) run, the transaction still says what it changed.
    this.scratch.on('beforeObserverCalls', this.account);
  }

  private readonly account = (transaction: Y.Transaction) => {
    const { blocks, listChanged } = changedBlocks(transaction, this.body);
    for (const block of blocks) {
      const before = typeof block === 'object' && block !== null ? (this.sizes.get(block) ?? 0) : 0;
      const { problem, size } = checkBlock(block);
      if (problem && this.checking && this.checking.problem === null) this.checking.problem = problem;
      if (typeof block === 'object' && block !== null) this.sizes.set(block, size);
      this.total += size - before;
    }
    // Removed blocks leave the sum only when it is taken afresh over the blocks still there.
    if (listChanged) this.total = this.body.toArray().reduce((sum: number, block) => sum + this.measure(block), 0);
  };

  private measure(block: unknown): number {
    if (typeof block !== 'object' || block === null) return 0;
    let size = this.sizes.get(block);
    if (size === undefined) {
      size = checkBlock(block).size;
      this.sizes.set(block, size);
    }
    return size;
  }
}
