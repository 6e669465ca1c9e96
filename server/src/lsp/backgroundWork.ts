/**
 * Who goes first: the checks of what the drafter is typing. Work that can wait (loading a
 * register, indexing the workspace) goes in slices, and before each slice waits until no check
 * is queued or running, so that a keystroke waits at most for the slice in progress.
 */
export class BackgroundWork {
  private busy = 0;
  private waiting: Array<() => void> = [];

  /**
   * A check begins (queued or running): background work waits until its `end()`. The only way to
   * hold background work is such a check, and the only way to let it go is that check's end, which
   * counts once however often it is called.
   */
  begin(): Check {
    return new Check(
      () => this.busy++,
      () => {
        this.busy--;
        if (this.busy === 0) this.waiting.splice(0).forEach((wake) => wake());
      },
    );
  }

  /** Runs `work` as one check, which ends however `work` ends. */
  async checking<T>(work: (check: Check) => Promise<T>): Promise<T> {
    const check = this.begin();
    try {
      return await work(check);
    } finally {
      check.end();
    }
  }

  /** Between two slices of background work: lets everything queued run, then waits for the checks. */
  async pause(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.busy > 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
}

/** One check of a document, from queued to published; see `BackgroundWork.begin`. */
export class Check {
  private holding = true;
  private ended = false;
  private aside = 0;

  constructor(
    private readonly hold: () => void,
    private readonly release: () => void,
  ) {
    hold();
  }

  /** A check that waits for what background work makes (the register, the index) is not in its way meanwhile. */
  async stepAside<T>(wait: () => Promise<T>): Promise<T> {
    this.aside++;
    this.letGo();
    try {
      return await wait();
    } finally {
      this.aside--;
      if (this.aside === 0 && !this.ended && !this.holding) {
        this.holding = true;
        this.hold();
      }
    }
  }

  end(): void {
    this.ended = true;
    this.letGo();
  }

  private letGo(): void {
    if (!this.holding) return;
    this.holding = false;
    this.release();
  }
}
