/**
 * Runs an async task on request, one run at a time: requests that come while it runs are folded
 * into one more run after it, so the last run always starts after the last request (a burst of
 * SecretStorage changes from one sign-in gives at most two runs, never a stale result last).
 * No vscode imports: test/unit/coalesce.test.ts drives it directly.
 */
export class Coalesced {
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly task: () => Promise<void>,
    private readonly onError: (err: unknown) => void,
  ) {}

  /** Asks for a run; resolves when a run that started after this call has finished. */
  request(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => (this.running = undefined));
    return this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      await this.task().catch(this.onError);
    } while (this.again);
  }
}
