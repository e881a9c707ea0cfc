// The vocabulary of a guided rehearsal (src/rehearsal.ts): procedures, steps, events, state.
import type { BankErrorCode } from '../bank/codes.js';
import type { Screen } from '../router.js';
import type { ScenarioId } from '../scenarios.js';
import type { CredentialKind } from '../token/device.js';

/** The procedures a person can rehearse. */
export type ProcedureId = 'registration' | 'login-otp' | 'deactivation' | 'change-token' | 'device-lost';

/** In the order a customer usually meets them. */
export const PROCEDURE_IDS: readonly ProcedureId[] = [
  'registration',
  'login-otp',
  'deactivation',
  'change-token',
  'device-lost',
];

/** `guided`: hints and a highlight; `exam`: neither, and a score at the end. */
export type RehearsalMode = 'guided' | 'exam';

export const REHEARSAL_MODES: readonly RehearsalMode[] = ['guided', 'exam'];

/** Points off an exam score for each mistake. */
export const EXAM_MISTAKE_PENALTY = 10;

/** The parts a procedure is made of; the guide numbers the steps of each part from ①. */
export type PartId = 'install' | 'registration' | 'login' | 'deactivation' | 'counter';

/** The text of a step (src/i18n `rehearsal.steps`). */
export type StepKey =
  | 'install-mobile'
  | 'install-desktop'
  | 'reg-link'
  | 'ib-contract-id'
  | 'ib-password'
  | 'next'
  | 'reg-credential-id'
  | 'reg-code'
  | 'reg-submit'
  | 'reg-finish'
  | 'login-contract-id'
  | 'login-password'
  | 'login-submit'
  | 'login-code'
  | 'login-confirm'
  | 'deact-link'
  | 'deact-code'
  | 'deact-stop'
  | 'deact-finish'
  | 'counter-open'
  | 'counter-reset'
  | 'counter-back';

/** The bank's fields a step asks to fill (the inputs' ids in every bank screen). */
export type Field = 'contract-id' | 'password' | 'credential-id' | 'code';

const FIELDS: readonly Field[] = ['contract-id', 'password', 'credential-id', 'code'];

export function isField(value: unknown): value is Field {
  return FIELDS.some((field) => field === value);
}

/**
 * Which token a step relies on: the one registered when the rehearsal began (`registered`), or
 * one the person installed during it (`new`).
 */
export type TokenRole = 'registered' | 'new';

/**
 * The controls a step points at, by name: what a person uses or reads, never how an element
 * builds it. The elements mark each (`data-rehearsal-target`), and the guided rehearsal's element
 * finds them on the page (components/internal/rehearsal-targets.ts).
 */
export type TargetName =
  /** The token panel's install buttons. */
  | 'install-mobile'
  | 'install-desktop'
  /** The login screen's links to registering (R1) and to stopping (S1). */
  | 'register-link'
  | 'deactivate-link'
  /** A bank screen's field. */
  | Field
  /** A bank screen's form button: ログイン, 次へ, 登録する, 利用停止… */
  | 'submit'
  /** A flow's last screen: back to the login screen. */
  | 'finish'
  /** The app bar's link to the bank counter (窓口). */
  | 'counter-link'
  /** The counter's token reset, in the customer's row. */
  | 'reset-token'
  /** The counter's way back to the login screen. */
  | 'back-to-login'
  /** A soft token's credential ID and its code. */
  | 'token-id'
  | 'token-code';

/** A step's control as the page has it: its name, the screen, and which token or customer. */
export interface Target {
  name: TargetName;
  /** The bank screen it is on; none for the token panel and the app bar, beside every screen. */
  screen?: StepScreen;
  /** `token-id`, `token-code`: the soft token's credential ID (the step's token). */
  credentialId?: string;
  /** `reset-token`: the customer's contract ID. */
  contractId?: string;
}

/** The app's events a step can wait for, besides arriving at a screen and filling a field. */
type ActionEvent =
  | 'token-installed'
  | 'otp-requested'
  | 'login-succeeded'
  | 'registration-started'
  | 'otp-registered'
  | 'deactivation-started'
  | 'otp-deactivated'
  | 'flow-finished'
  | 'token-reset';

export type Completion =
  { on: 'screen'; screen: Screen } | { on: 'field'; field: Field } | { on: ActionEvent };

/** The screens steps happen on. */
export type StepScreen = Exclude<Screen, 'account' | 'otp-info' | 'help'>;

export interface Step {
  /** The guide's number, ①…, where the guide numbers this step. */
  number?: string;
  key: StepKey;
  part: PartId;
  /** Where it happens; none for the token panel, which is beside every screen. */
  screen?: StepScreen;
  done: Completion;
  /** Typing into a field: the form's button implies it, so a person may fill fields in any order. */
  optional?: boolean;
  /** The token whose ID or code the step needs. */
  token?: TokenRole;
  /** The control to use. */
  target?: TargetName;
  /** Where to read what to type (the token's ID or code). */
  source?: TargetName;
  /** Index of the first step of this step's part: where a person who left the part starts again. */
  partStart: number;
}

export interface Procedure {
  id: ProcedureId;
  /** The demo state it needs, set up with src/scenarios.ts `applyScenario`. */
  scenario: ScenarioId;
  /** Who the person plays: the scenario's customer. */
  customer: { contractId: string; password: string };
  steps: readonly Step[];
}

/** What the app reports, as the rehearsal needs it. */
export type RehearsalEvent =
  | { type: 'screen'; screen: Screen }
  | { type: 'field'; screen: Screen; field: Field; value: string }
  | { type: 'bank-refused'; code: BankErrorCode }
  | { type: 'token-installed'; credentialId: string; kind: CredentialKind }
  | { type: 'token-uninstalled' | 'device-lost'; credentialId: string }
  | { type: 'otp-registered'; credentialId: string }
  | { type: 'token-reset'; contractId: string }
  | { type: PlainEventType };

/** The app's events whose detail the rehearsal does not need. */
export type PlainEventType =
  | 'otp-requested'
  | 'login-succeeded'
  | 'registration-started'
  | 'deactivation-started'
  | 'otp-deactivated'
  | 'flow-finished'
  | 'flow-cancelled'
  | 'logged-out'
  | 'customer-unlocked'
  | 'code-copied';

export type Outcome = 'advanced' | 'mistake' | 'ignored';

/** How to recover from a mistake (src/i18n `rehearsal.hints`). */
export type HintKey =
  | 'credentials'
  | 'credential-id'
  | 'credential-bound'
  | 'code-format'
  | 'wrong-code'
  | 'replayed-code'
  | 'already-registered'
  | 'not-registered'
  | 'locked'
  | 'flow-expired'
  | 'refused'
  | 'wrong-screen'
  | 'restart'
  | 'other-action'
  | 'token-removed'
  | 'old-token';

interface Mistake {
  /** The step the person was on. */
  step: number;
  hint: HintKey;
}

export interface RehearsalState {
  procedure: ProcedureId;
  mode: RehearsalMode;
  startedAt: number;
  /** When the last step was done. */
  finishedAt?: number;
  /** When the person stopped before the end. */
  stoppedAt?: number;
  /** Index of the step to do next; `steps.length` once done. */
  step: number;
  /** The furthest step reached, for the score of an unfinished attempt. */
  reached: number;
  /** The screen the person is on. */
  screen: Screen;
  /** The screen the last event makes the shell show next (the hash changes after the event). */
  pendingScreen?: Screen;
  /** The customer's token ID when the rehearsal began, if one was registered. */
  registeredCredential?: string;
  /** Token IDs installed during the rehearsal, oldest first. */
  installed: readonly string[];
  mistakes: readonly Mistake[];
  /** What the last event was. */
  outcome?: Outcome;
  /** How to recover from the last mistake, until the next step is reached. */
  hint?: HintKey;
}

export interface RehearsalSummary {
  durationMs: number;
  mistakes: number;
  stepsDone: number;
  total: number;
  completed: boolean;
  /** Exam only: see the module comment. */
  score?: number;
}
