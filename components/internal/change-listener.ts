import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Change, ChangeFeed } from '../../src/changes.js';

/** How long a burst of changes (a reset posts dozens) is gathered into one read. */
const GATHER_MS = 50;

interface ChangeListenerOptions {
  /** The demo's change feed (`demo.changes`), as the host holds it now. */
  feed: () => ChangeFeed | undefined;
  /** Whether a change concerns what the host shows; `remote`: another tab made it. */
  concerns: (change: Change, remote: boolean) => boolean;
  /** Reads what the host shows again (the database is the source of truth). */
  reread: () => void;
}

/**
 * Keeps an element's view of the demo current while it is connected: every change a party commits,
 * in this tab or another (src/changes.ts), that concerns the element makes it read again — once for
 * a burst of them, a moment after the first — so open tabs show the same state within a second.
 * It never trusts a copy held since load, and carries no data: only "read again".
 */
class ChangeListener implements ReactiveController {
  private feed?: ChangeFeed;
  private unsubscribe?: () => void;
  private timer?: ReturnType<typeof setTimeout>;
  private connected = false;

  constructor(private readonly options: ChangeListenerOptions) {}

  hostConnected() {
    this.connected = true;
    this.resubscribe();
  }

  /** The host was given another feed (another demo): listen to that one. */
  hostUpdate() {
    if (this.options.feed() !== this.feed) this.resubscribe();
  }

  hostDisconnected() {
    this.connected = false;
    this.resubscribe();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private resubscribe() {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.feed = this.options.feed();
    if (!this.connected || !this.feed) return;
    this.unsubscribe = this.feed.subscribe((change, { remote }) => {
      if (this.options.concerns(change, remote)) this.schedule();
    });
  }

  private schedule() {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.options.reread();
    }, GATHER_MS);
  }
}

/** Keeps `host`'s view of the demo current while it is connected (see ChangeListener). */
export function followChanges(host: ReactiveControllerHost, options: ChangeListenerOptions) {
  host.addController(new ChangeListener(options));
}
