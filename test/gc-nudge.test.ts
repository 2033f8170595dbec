import { expect } from 'chai';
import { GarbageNudge } from '../lib/gc-nudge.js';

describe('GarbageNudge', () => {
  it('runs a full collection once the counted bytes reach its threshold, and not before', async () => {
    let collected = 0;
    const registry = new FinalizationRegistry(() => collected++);
    const makeGarbage = () => {
      for (let i = 0; i < 10; i++) registry.register({ payload: Buffer.alloc(1024) }, i);
    };
    makeGarbage();
    // Let the allocating job end, so the objects are no longer held by it.
    await new Promise((resolve) => setImmediate(resolve));
    const nudge = new GarbageNudge(1000);
    nudge.add(999);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const before = collected;
    nudge.add(1);
    for (let i = 0; i < 10 && collected < 10; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(before, 'collected before the threshold').to.be.below(10);
    expect(collected).to.equal(10);
  });
});
