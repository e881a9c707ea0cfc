import type { Bank } from '../../src/bank/bank.js';
import type { ChangeFeed } from '../../src/changes.js';
import type { Locale } from '../../src/i18n/index.js';
import type { FlowState, Location } from '../../src/router.js';

// What the shell hands its screens and what their events ask of it (app-screens.ts, flow-screens.ts).

/** A flow between its steps, with the contract ID A1 shows. */
export type ShellFlow = FlowState & { contractId?: string };

/** What the shell holds that a screen shows. */
export interface ScreenState {
  location: Location;
  bank: Bank;
  /** What the parties change, here and in other tabs (the counter and the account page follow it). */
  changes: ChangeFeed;
  locale: Locale;
  /** Why the person is here (a flow restarted, signed out), in words. */
  notice?: string;
  flow?: ShellFlow;
  sessionId?: string;
}

/** What the screens' events ask of the shell. */
export interface ScreenActions {
  /** A flow's step was done: show its next one, which needs what `flow` holds. */
  startFlowStep(flow: ShellFlow): void;
  signIn(sessionId: string): void;
  signOut(): void;
  /** A flow's last screen was left. */
  finishFlow(): void;
  /** A flow was left before its end. */
  backToLogin(): void;
  closeHelp(): void;
}

/** The detail of one of the screens' events. */
export type Detail<K extends keyof GlobalEventHandlersEventMap> = GlobalEventHandlersEventMap[K];
