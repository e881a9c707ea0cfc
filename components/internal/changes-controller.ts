import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Change, ChangeFeed } from '../../src/changes.js';

/**
 * Calls `onChange` for every change on the demo's change feed (src/changes.ts) while `host` is
 * connected: every change a party commits, in this tab or another. The feed is the host's to set (a
 * property), so it is asked for again before each update; a new one is listened to instead of the old.
 */
export function followChanges(
  host: ReactiveControllerHost,
  feedOf: () => ChangeFeed | undefined,
  onChange: (change: Change) => void,
): void {
  host.addController(new ChangesController(feedOf, onChange));
}

class ChangesController implements ReactiveController {
  private listening?: { feed: ChangeFeed; stop: () => void };
  private connected = false;

  constructor(
    private readonly feedOf: () => ChangeFeed | undefined,
    private readonly onChange: (change: Change) => void,
  ) {}

  hostConnected() {
    this.connected = true;
    this.sync();
  }

  hostUpdate() {
    this.sync();
  }

  hostDisconnected() {
    this.connected = false;
    this.sync();
  }

  private sync() {
    const feed = this.connected ? this.feedOf() : undefined;
    if (feed === this.listening?.feed) return;
    this.listening?.stop();
    this.listening = feed && { feed, stop: feed.subscribe((change) => this.onChange(change)) };
  }
}
