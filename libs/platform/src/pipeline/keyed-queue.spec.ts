import { KeyedQueue } from './keyed-queue';

/** A promise with its resolver, to finish work when the test says so. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('KeyedQueue', () => {
  it('runs work of one key one at a time, in arrival order, and other keys side by side', async () => {
    const queue = new KeyedQueue();
    const order: string[] = [];
    const first = gate();
    const a1 = queue.run('a', async () => {
      order.push('a1 start');
      await first.promise;
      order.push('a1 end');
    });
    const a2 = queue.run('a', async () => {
      order.push('a2');
    });
    const b1 = queue.run('b', async () => {
      order.push('b1');
    });
    await b1;
    expect(order).toEqual(['a1 start', 'b1']);
    first.open();
    await Promise.all([a1, a2]);
    expect(order).toEqual(['a1 start', 'b1', 'a1 end', 'a2']);
    expect(queue.size).toBe(0);
  });

  it('goes on with the next work of a key when one fails, and hands each caller its own outcome', async () => {
    const queue = new KeyedQueue();
    const failed = queue.run('a', async () => {
      throw new Error('refused');
    });
    const next = queue.run('a', async () => 42);
    await expect(failed).rejects.toThrow('refused');
    await expect(next).resolves.toBe(42);
  });
});
