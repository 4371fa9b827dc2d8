/** Runs async work one piece at a time, in the order asked, whether each succeeds or fails. */
export class InOrder {
  private tail: Promise<unknown> = Promise.resolve();
  private count = 0;

  /** True while work is running or waiting. */
  get busy(): boolean {
    return this.count > 0;
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    this.count++;
    const run = this.tail.then(work, work).finally(() => {
      this.count--;
    });
    this.tail = run.catch(() => undefined);
    return run;
  }
}
