import { describe, expect, it } from 'vitest';
import { EarlyAnswers } from './earlyRequests';

function counter(answers: Array<() => Promise<string>>) {
  let calls = 0;
  return { request: () => answers[Math.min(calls++, answers.length - 1)]!(), calls: () => calls };
}

describe('EarlyAnswers', () => {
  it('gives the early answer once, to the same key, and asks anew after that', async () => {
    let now = 0;
    const early = new EarlyAnswers(() => now);
    const server = counter([async () => 'early', async () => 'later']);
    early.send('plan', 'a', server.request);
    expect(await early.take('plan', 'a', server.request)).toBe('early');
    expect(await early.take('plan', 'a', server.request)).toBe('later');
    expect(server.calls()).toBe(2);
  });

  it('asks anew for another key, for a stale answer, and when the early one failed', async () => {
    let now = 0;
    const early = new EarlyAnswers(() => now);
    const other = counter([async () => 'early a', async () => 'b']);
    early.send('plan', 'a', other.request);
    expect(await early.take('plan', 'b', other.request)).toBe('b');

    const stale = counter([async () => 'old', async () => 'fresh']);
    early.send('plan', 'a', stale.request);
    now += 6000;
    expect(await early.take('plan', 'a', stale.request)).toBe('fresh');

    const failed = counter([() => Promise.reject(new Error('401')), async () => 'after sign-in']);
    early.send('plan', 'a', failed.request);
    expect(await early.take('plan', 'a', failed.request)).toBe('after sign-in');
  });
});
