import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a transient outcome ("copied", or why not) stays in a status region. */
export const TRANSIENT_STATUS_MS = 4000;

/**
 * What an element's polite status region (`role="status"`) says: the element renders `message`,
 * `announce()` changes it. The region is emptied and rendered empty before the new message is set,
 * so the same words twice in a row are announced twice (a live region speaks changes only).
 * With `clearAfterMs`, a message is a transient outcome ("copied") and goes after that long, or
 * when the element leaves the page.
 */
export class Announcer<T> implements ReactiveController {
  /** What the region says now; undefined when it is empty. */
  message?: T;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { clearAfterMs?: number } = {},
  ) {
    host.addController(this);
  }

  hostDisconnected() {
    if (this.options.clearAfterMs !== undefined) this.clear();
  }

  /** Says `message`, after the region was empty for one render. */
  async announce(message: T): Promise<void> {
    this.set(undefined);
    await this.host.updateComplete;
    this.set(message);
    const { clearAfterMs } = this.options;
    if (clearAfterMs !== undefined) this.timer = setTimeout(() => this.set(undefined), clearAfterMs);
  }

  /** Empties the region (what it said no longer applies). */
  clear() {
    this.set(undefined);
  }

  private set(message: T | undefined) {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.message = message;
    this.host.requestUpdate();
  }
}
