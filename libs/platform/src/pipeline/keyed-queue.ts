/**
 * Runs work one at a time per key, in arrival order, within this process; different keys run side
 * by side. Commands that a database lock serialises anyway (an allocation in one district) queue
 * here before they take a pooled connection, so no connection sits idle waiting on the lock while
 * other keys' work waits for a connection. The database lock stays the guarantee across replicas.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with work queued or running (for tests and metrics). */
  get size(): number {
    return this.tails.size;
  }
}
