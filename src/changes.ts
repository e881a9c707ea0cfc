/**
 * The parties' change feed: each party announces every change it has committed, so that every
 * open tab of the demo shows the same state. One BroadcastChannel carries them to the other tabs
 * of the origin; listeners in this page hear them too. A change says what changed, never the
 * data: a listener reads the database again, which stays the source of truth. Nothing secret is
 * ever posted (no password, code or secret; an unknown contract ID only masked).
 */
import { AUDIT_OPERATIONS, type AuditOperation } from './bank/schema.js';
import { isClockSettings, type ClockSettings } from './clock.js';

/** The one channel's name: every tab of the demo on this origin listens to it. */
const CHANGE_CHANNEL = 'otp-rehearsal-changes';

export type Change =
  /** The bank committed a change: an operation (logged), or the whole bank reset to the seed. */
  | { party: 'bank'; operation: AuditOperation | 'reset'; contractId: string | null }
  /** The validation service: a credential provisioned, validated (its count), unlocked; null: all cleared. */
  | { party: 'vip'; credentialId: string | null }
  /** The soft token device: an app installed or removed; null: all cleared. */
  | { party: 'token'; action: 'installed' | 'removed' | 'cleared'; credentialId: string | null }
  /** A trainer set the demo clock: its new settings, for every tab to adopt. */
  | { party: 'clock'; clock: ClockSettings }
  /** The demo as a whole was reset to its seed, or a trainer's scenario was applied. */
  | { party: 'demo'; action: 'reset' | 'scenario'; scenario?: string };

interface ChangeOrigin {
  /** From another tab (another demo on the channel), rather than from this demo itself. */
  remote: boolean;
}

type ChangeListener = (change: Change, origin: ChangeOrigin) => void;

/** What a party needs: a place to announce its changes. */
export interface ChangePoster {
  post(change: Change): void;
}

export interface ChangeFeed extends ChangePoster {
  /** Calls `listener` for every change, this demo's and other tabs'. Returns the unsubscribe. */
  subscribe(listener: ChangeListener): () => void;
  close(): void;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= 64;
const isTextOrNull = (value: unknown) => value === null || isText(value);
const OPERATIONS: readonly unknown[] = [...AUDIT_OPERATIONS, 'reset'];

/**
 * Whether `value` is a change: what another tab posts is checked before it is believed (an older
 * or newer build of the demo may be open in it).
 */
export function isChange(value: unknown): value is Change {
  if (typeof value !== 'object' || value === null) return false;
  const change = value as Record<string, unknown>;
  switch (change.party) {
    case 'bank':
      return OPERATIONS.includes(change.operation) && isTextOrNull(change.contractId);
    case 'vip':
      return isTextOrNull(change.credentialId);
    case 'token':
      return (
        ['installed', 'removed', 'cleared'].includes(change.action as string) &&
        isTextOrNull(change.credentialId)
      );
    case 'clock':
      return isClockSettings(change.clock);
    case 'demo':
      return (
        (change.action === 'reset' || change.action === 'scenario') &&
        (change.scenario === undefined || isText(change.scenario))
      );
    default:
      return false;
  }
}

/**
 * A change feed. With `broadcast`, over the BroadcastChannel (where the browser has one), so
 * other tabs hear it; without, within this demo only (a demo in memory shares nothing with other
 * tabs, whose data is their own). `broadcast` may be decided later (once the demo knows where its
 * data is): changes posted meanwhile go to this demo's listeners at once, and to the other tabs
 * when the channel opens.
 */
export function openChangeFeed(options: { broadcast: boolean | Promise<boolean> }): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  const Channel = (globalThis as { BroadcastChannel?: typeof BroadcastChannel }).BroadcastChannel;
  let channel: BroadcastChannel | undefined;
  /** Posted before the channel was decided on: sent when it opens, dropped when it does not. */
  let unsent: Change[] | undefined = [];
  let closed = false;

  const deliver = (change: Change, origin: ChangeOrigin) => {
    for (const listener of [...listeners]) {
      // One listener's failure must not keep the change from the others.
      try {
        listener(change, origin);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };
  const decide = (broadcast: boolean) => {
    if (broadcast && Channel && !closed) {
      channel = new Channel(CHANGE_CHANNEL);
      channel.onmessage = (event: MessageEvent) => {
        if (isChange(event.data)) deliver(event.data, { remote: true });
      };
      for (const change of unsent ?? []) channel.postMessage(change);
    }
    unsent = undefined;
  };
  if (typeof options.broadcast === 'boolean') decide(options.broadcast);
  else void options.broadcast.then(decide, () => decide(false));

  return {
    post(change) {
      if (unsent) unsent.push(change);
      else channel?.postMessage(change);
      deliver(change, { remote: false });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      listeners.clear();
      channel?.close();
    },
  };
}
