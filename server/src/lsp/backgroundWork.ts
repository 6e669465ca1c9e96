/**
 * Who goes first: the checks of what the drafter is typing. Work that can wait (loading a
 * register, indexing the workspace) goes in slices, and before each slice waits until no check
 * is queued or running, so that a keystroke waits at most for the slice in progress.
 */
export class BackgroundWork {
  private busy = 0;
  private waiting: Array<() => void> = [];

  /** A check was queued; `done` when it has published (or was dropped). */
  started(): void {
    this.busy++;
  }

  done(): void {
    this.busy = Math.max(0, this.busy - 1);
    if (this.busy === 0) this.waiting.splice(0).forEach((wake) => wake());
  }

  /** Between two slices of background work: lets everything queued run, then waits for the checks. */
  async pause(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.busy > 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
}
