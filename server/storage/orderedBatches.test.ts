import { describe, expect, it } from 'vitest';
import { OrderedBatches } from './orderedBatches';

describe('OrderedBatches', () => {
  it('writes after what the same turn queued next (an edit’s broadcast), and together what was added meanwhile', async () => {
    const happened: string[] = [];
    const batches = new OrderedBatches<number>(async (key, items) => {
      happened.push(`${key}: ${items.join(',')}`);
    });
    // As while an edit is applied: the table audit records an entry, then Hocuspocus queues the broadcast.
    const first = batches.add('plan', 1);
    setImmediate(() => happened.push('broadcast'));
    const second = batches.add('plan', 2);
    await Promise.all([first, second]);
    expect(happened).toEqual(['broadcast', 'plan: 1,2']);
    await batches.add('plan', 3);
    expect(happened.at(-1)).toBe('plan: 3');
  });
});
