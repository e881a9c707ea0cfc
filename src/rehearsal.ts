/**
 * Guided rehearsal: the guide's procedures (reference/otp-guide.ja.md) as data, and a pure state
 * machine that follows a person through one of them from what the app reports — the screen shown,
 * what was typed into a bank field, the bank's answers, the token panel's installs.
 *
 * Each step names the guide's number (①②③…, restarting in each part, as the guide numbers
 * registration and deactivation separately), the screen it happens on, what completes it, and the
 * control a guided rehearsal points at. The machine says for every event whether the person
 * `advanced`, made a `mistake` (with a hint on how to recover) or did something that does not
 * matter here (`ignored`). Time is passed in; nothing here reads a clock or touches the DOM.
 *
 * Exam score: 100 × (steps reached / steps) − 10 per mistake, never below 0. A finished attempt
 * has reached every step, so it scores 100 − 10 per mistake.
 */
import { toHalfWidth } from './bank/input';
import type { BankErrorCode } from './bank/codes';
import { DEMO_CUSTOMERS } from './demo';
import type { Screen } from './router';
import type { ScenarioId } from './scenarios';
import type { CredentialKind } from './token/device';

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
 * A control on the page. `path` holds one selector per shadow root, from the app shell's root
 * inward; `{token}` stands for the step's token ID and `{contractId}` for the customer's.
 * Of the last selector's matches, the first whose text contains `text` (when given).
 */
export interface Target {
  path: readonly string[];
  text?: string;
}

/** The app's events a step can wait for, besides arriving at a screen and filling a field. */
export type ActionEvent =
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
export type StepScreen = Extract<
  Screen,
  | 'login'
  | 'login-otp'
  | 'register-auth'
  | 'register-token'
  | 'register-done'
  | 'deactivate-auth'
  | 'deactivate-otp'
  | 'deactivate-done'
  | 'counter'
>;

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
  target?: Target;
  /** Where to read what to type (the token's ID or code). */
  source?: Target;
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

export interface Mistake {
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

/** The bank screens whose fields a person fills, by tag. */
export const SCREEN_OF_ELEMENT: Readonly<Record<string, Screen>> = {
  'bank-login': 'login',
  'bank-login-otp': 'login-otp',
  'bank-register-auth': 'register-auth',
  'bank-register-token': 'register-token',
  'bank-deactivate-auth': 'deactivate-auth',
  'bank-deactivate-otp': 'deactivate-otp',
};

// ---------------------------------------------------------------------------------------------
// The procedures

type StepSpec = Omit<Step, 'part' | 'partStart'>;

const submit = (element: string): Target => ({ path: [element, 'button[type=submit]'] });
const field = (element: string, id: Field): Target => ({ path: [element, `#${id}`] });
const tokenApp = 'soft-token[credential-id="{token}"]';
const TOKEN_ID: Target = { path: ['soft-token-panel', tokenApp, '.credential-id'] };
const TOKEN_CODE: Target = { path: ['soft-token-panel', tokenApp, '[part=code]'] };

function installPart(kind: CredentialKind): StepSpec[] {
  return [
    {
      key: kind === 'mobile' ? 'install-mobile' : 'install-desktop',
      done: { on: 'token-installed' },
      target: { path: ['soft-token-panel', `button[data-kind=${kind}]`] },
    },
  ];
}

/** 利用登録 ①–⑧, from the login screen, with the token installed during the rehearsal. */
function registrationPart(): StepSpec[] {
  const r1 = 'bank-register-auth';
  const r2 = 'bank-register-token';
  return [
    {
      number: '①',
      key: 'reg-link',
      screen: 'login',
      done: { on: 'screen', screen: 'register-auth' },
      target: { path: ['bank-login', 'a[href="#/register"]'] },
    },
    {
      number: '②',
      key: 'ib-contract-id',
      screen: 'register-auth',
      done: { on: 'field', field: 'contract-id' },
      optional: true,
      target: field(r1, 'contract-id'),
    },
    {
      number: '③',
      key: 'ib-password',
      screen: 'register-auth',
      done: { on: 'field', field: 'password' },
      optional: true,
      target: field(r1, 'password'),
    },
    {
      number: '④',
      key: 'next',
      screen: 'register-auth',
      done: { on: 'registration-started' },
      target: submit(r1),
    },
    {
      number: '⑤',
      key: 'reg-credential-id',
      screen: 'register-token',
      done: { on: 'field', field: 'credential-id' },
      optional: true,
      token: 'new',
      target: field(r2, 'credential-id'),
      source: TOKEN_ID,
    },
    {
      number: '⑥',
      key: 'reg-code',
      screen: 'register-token',
      done: { on: 'field', field: 'code' },
      optional: true,
      token: 'new',
      target: field(r2, 'code'),
      source: TOKEN_CODE,
    },
    {
      number: '⑦',
      key: 'reg-submit',
      screen: 'register-token',
      done: { on: 'otp-registered' },
      token: 'new',
      target: submit(r2),
    },
    {
      number: '⑧',
      key: 'reg-finish',
      screen: 'register-done',
      done: { on: 'flow-finished' },
      target: { path: ['bank-register-done', 'button.primary'] },
    },
  ];
}

/** ワンタイムパスワードを利用したログイン ①–⑤. */
function loginPart(): StepSpec[] {
  return [
    {
      number: '①',
      key: 'login-contract-id',
      screen: 'login',
      done: { on: 'field', field: 'contract-id' },
      optional: true,
      target: field('bank-login', 'contract-id'),
    },
    {
      number: '②',
      key: 'login-password',
      screen: 'login',
      done: { on: 'field', field: 'password' },
      optional: true,
      target: field('bank-login', 'password'),
    },
    {
      number: '③',
      key: 'login-submit',
      screen: 'login',
      done: { on: 'otp-requested' },
      target: submit('bank-login'),
    },
    {
      number: '④',
      key: 'login-code',
      screen: 'login-otp',
      done: { on: 'field', field: 'code' },
      optional: true,
      token: 'registered',
      target: field('bank-login-otp', 'code'),
      source: TOKEN_CODE,
    },
    {
      number: '⑤',
      key: 'login-confirm',
      screen: 'login-otp',
      done: { on: 'login-succeeded' },
      token: 'registered',
      target: submit('bank-login-otp'),
    },
  ];
}

/** ワンタイムパスワードの利用停止 ①–⑦, with the token registered when the rehearsal began. */
function deactivationPart(): StepSpec[] {
  const s1 = 'bank-deactivate-auth';
  const s2 = 'bank-deactivate-otp';
  return [
    {
      number: '①',
      key: 'deact-link',
      screen: 'login',
      done: { on: 'screen', screen: 'deactivate-auth' },
      target: { path: ['bank-login', 'a[href="#/deactivate"]'] },
    },
    {
      number: '②',
      key: 'ib-contract-id',
      screen: 'deactivate-auth',
      done: { on: 'field', field: 'contract-id' },
      optional: true,
      target: field(s1, 'contract-id'),
    },
    {
      number: '③',
      key: 'ib-password',
      screen: 'deactivate-auth',
      done: { on: 'field', field: 'password' },
      optional: true,
      target: field(s1, 'password'),
    },
    {
      number: '④',
      key: 'next',
      screen: 'deactivate-auth',
      done: { on: 'deactivation-started' },
      target: submit(s1),
    },
    {
      number: '⑤',
      key: 'deact-code',
      screen: 'deactivate-otp',
      done: { on: 'field', field: 'code' },
      optional: true,
      token: 'registered',
      target: field(s2, 'code'),
      source: TOKEN_CODE,
    },
    {
      number: '⑥',
      key: 'deact-stop',
      screen: 'deactivate-otp',
      done: { on: 'otp-deactivated' },
      token: 'registered',
      target: submit(s2),
    },
    {
      number: '⑦',
      key: 'deact-finish',
      screen: 'deactivate-done',
      done: { on: 'flow-finished' },
      target: { path: ['bank-deactivate-done', 'button.primary'] },
    },
  ];
}

/** procedure.md X: at the bank counter, staff reset the token ID (the person plays the staff). */
function counterPart(): StepSpec[] {
  return [
    {
      key: 'counter-open',
      done: { on: 'screen', screen: 'counter' },
      target: { path: ['a[href="#/counter"]'] },
    },
    {
      key: 'counter-reset',
      screen: 'counter',
      done: { on: 'token-reset' },
      target: { path: ['bank-counter', 'button'], text: '{contractId}' },
    },
    {
      key: 'counter-back',
      screen: 'counter',
      done: { on: 'screen', screen: 'login' },
      target: { path: ['bank-counter', 'a[href="#/login"]'] },
    },
  ];
}

function assemble(parts: readonly (readonly [PartId, StepSpec[]])[]): Step[] {
  const steps: Step[] = [];
  for (const [part, specs] of parts) {
    const partStart = steps.length;
    for (const spec of specs) steps.push({ ...spec, part, partStart });
  }
  return steps;
}

const [DEFAULT_CUSTOMER, TOKEN_CUSTOMER] = DEMO_CUSTOMERS.map(({ contractId, password }) => ({
  contractId,
  password,
}));

export const PROCEDURES: Readonly<Record<ProcedureId, Procedure>> = {
  registration: {
    id: 'registration',
    scenario: 'fresh-customer',
    customer: DEFAULT_CUSTOMER,
    steps: assemble([
      ['install', installPart('mobile')],
      ['registration', registrationPart()],
    ]),
  },
  'login-otp': {
    id: 'login-otp',
    scenario: 'token-registered',
    customer: TOKEN_CUSTOMER,
    steps: assemble([['login', loginPart()]]),
  },
  deactivation: {
    id: 'deactivation',
    scenario: 'token-registered',
    customer: TOKEN_CUSTOMER,
    steps: assemble([['deactivation', deactivationPart()]]),
  },
  // The guide: a new app means a new token ID, so stop the old one first, then register the new.
  'change-token': {
    id: 'change-token',
    scenario: 'token-registered',
    customer: TOKEN_CUSTOMER,
    steps: assemble([
      ['deactivation', deactivationPart()],
      ['install', installPart('desktop')],
      ['registration', registrationPart()],
    ]),
  },
  'device-lost': {
    id: 'device-lost',
    scenario: 'device-lost',
    customer: TOKEN_CUSTOMER,
    steps: assemble([
      ['counter', counterPart()],
      ['install', installPart('mobile')],
      ['registration', registrationPart()],
    ]),
  },
};

export function isProcedureId(value: unknown): value is ProcedureId {
  return PROCEDURE_IDS.some((id) => id === value);
}

// ---------------------------------------------------------------------------------------------
// The machine

/** Where the shell goes after each event (the hash changes a moment later). */
const LEADS_TO: Partial<Record<RehearsalEvent['type'], Screen>> = {
  'otp-requested': 'login-otp',
  'login-succeeded': 'account',
  'registration-started': 'register-token',
  'otp-registered': 'register-done',
  'deactivation-started': 'deactivate-otp',
  'otp-deactivated': 'deactivate-done',
  'flow-finished': 'login',
  'flow-cancelled': 'login',
  'logged-out': 'login',
};

/** Pages a person may open at any time without leaving the procedure. */
const ASIDE_SCREENS: readonly Screen[] = ['help', 'otp-info'];

const REFUSAL_HINTS: Record<BankErrorCode, HintKey> = {
  'malformed-contract-id': 'credentials',
  'malformed-password': 'credentials',
  'unknown-contract': 'credentials',
  'wrong-password': 'credentials',
  'malformed-credential-id': 'credential-id',
  'unknown-credential': 'credential-id',
  'credential-bound-elsewhere': 'credential-bound',
  'malformed-code': 'code-format',
  'wrong-code': 'wrong-code',
  'replayed-code': 'replayed-code',
  'token-already-registered': 'already-registered',
  'no-token-registered': 'not-registered',
  locked: 'locked',
  'credential-locked': 'locked',
  'flow-expired': 'flow-expired',
  'not-signed-in': 'flow-expired',
  'malformed-name': 'refused',
  'malformed-balance': 'refused',
  'weak-password': 'refused',
  'contract-exists': 'refused',
  'not-locked': 'refused',
};

/** The field a refusal sends the person back to; the screens clear passwords and codes when refused. */
const REFUSAL_FIELDS: Partial<Record<BankErrorCode, Field>> = {
  'malformed-contract-id': 'contract-id',
  'unknown-contract': 'contract-id',
  'malformed-password': 'password',
  'wrong-password': 'password',
  'malformed-credential-id': 'credential-id',
  'unknown-credential': 'credential-id',
  'credential-bound-elsewhere': 'credential-id',
  'malformed-code': 'code',
  'wrong-code': 'code',
  'replayed-code': 'code',
};

export function procedureOf(state: Pick<RehearsalState, 'procedure'>): Procedure {
  return PROCEDURES[state.procedure];
}

/** The step to do next, or undefined when the rehearsal is over. */
export function currentStep(state: RehearsalState): Step | undefined {
  return isOver(state) ? undefined : procedureOf(state).steps[state.step];
}

export function isFinished(state: RehearsalState): boolean {
  return state.finishedAt !== undefined;
}

/** Finished, or stopped by the person. */
export function isOver(state: RehearsalState): boolean {
  return state.finishedAt !== undefined || state.stoppedAt !== undefined;
}

/**
 * Starts a rehearsal of `procedure`, after its scenario was applied: `setup` is what the scenario
 * returned (the registered token ID, the screen it starts on).
 */
export function startRehearsal(
  procedure: ProcedureId,
  mode: RehearsalMode,
  now: number,
  setup: { credentialId?: string; startAt?: Screen } = {},
): RehearsalState {
  return {
    procedure,
    mode,
    startedAt: now,
    step: 0,
    reached: 0,
    screen: setup.startAt ?? 'login',
    ...(setup.credentialId ? { registeredCredential: setup.credentialId } : {}),
    installed: [],
    mistakes: [],
  };
}

/** Ends the rehearsal before its last step (the person pressed Stop). */
export function stopRehearsal(state: RehearsalState, now: number): RehearsalState {
  return isOver(state) ? state : { ...state, stoppedAt: now };
}

/** The token IDs a step's token role stands for now. */
function tokensFor(state: RehearsalState, role: TokenRole | undefined): readonly string[] {
  if (role === 'new') return state.installed;
  if (role === 'registered') return state.registeredCredential ? [state.registeredCredential] : [];
  return [];
}

/** A token ID as typed, compared as the bank reads it: half-width, no spaces, upper case. */
const normalizeId = (value: string) => toHalfWidth(value).replace(/[\s-]/g, '').toUpperCase();

/** Whether a typed value is what the step asks for (its last keystroke completes the step). */
function fieldIsRight(state: RehearsalState, step: Step, field: Field, value: string): boolean {
  const { customer } = procedureOf(state);
  switch (field) {
    case 'contract-id':
      return normalizeId(value) === customer.contractId;
    case 'password':
      return value === customer.password;
    case 'credential-id':
      return tokensFor(state, step.token).includes(normalizeId(value));
    case 'code':
      return /^\d{6}$/.test(normalizeId(value));
  }
}

function completes(state: RehearsalState, step: Step, event: RehearsalEvent): boolean {
  const done = step.done;
  switch (event.type) {
    case 'screen':
      return done.on === 'screen' && done.screen === event.screen;
    case 'field':
      return (
        done.on === 'field' &&
        done.field === event.field &&
        step.screen === event.screen &&
        fieldIsRight(state, step, event.field, event.value)
      );
    case 'otp-registered':
      return (
        done.on === 'otp-registered' && (step.token !== 'new' || state.installed.includes(event.credentialId))
      );
    case 'token-reset':
      return done.on === 'token-reset' && event.contractId === procedureOf(state).customer.contractId;
    default:
      return done.on === event.type;
  }
}

/** The step `event` completes: the current one, or a later one past fields the person left as typed. */
function completedStep(state: RehearsalState, event: RehearsalEvent): number | undefined {
  const steps = procedureOf(state).steps;
  for (let index = state.step; index < steps.length; index++) {
    if (completes(state, steps[index], event)) return index;
    if (!steps[index].optional) return undefined;
  }
  return undefined;
}

/** Done before it is reached: already on the screen it leads to, or the app already installed. */
function alreadyDone(state: RehearsalState, step: Step): boolean {
  const done = step.done;
  if (done.on === 'screen') return (state.pendingScreen ?? state.screen) === done.screen;
  if (done.on === 'token-installed') return state.installed.length > 0;
  return false;
}

function advance(state: RehearsalState, completed: number, now: number | undefined): RehearsalState {
  const steps = procedureOf(state).steps;
  let step = completed + 1;
  while (step < steps.length && alreadyDone(state, steps[step])) step++;
  const next: RehearsalState = {
    ...state,
    step,
    reached: Math.max(state.reached, step),
    outcome: 'advanced',
    hint: undefined,
  };
  if (step >= steps.length) next.finishedAt = now ?? state.startedAt;
  return next;
}

/** A mistake made on step `at` (before any rewind in `state`). */
function mistake(state: RehearsalState, hint: HintKey, at: number): RehearsalState {
  return {
    ...state,
    outcome: 'mistake',
    hint,
    mistakes: [...state.mistakes, { step: at, hint }],
  };
}

/** Whether the current step, or one after it past fields, waits for `on`. */
function awaits(state: RehearsalState, on: Completion['on']): boolean {
  const steps = procedureOf(state).steps;
  for (let index = state.step; index < steps.length; index++) {
    if (steps[index].done.on === on) return true;
    if (!steps[index].optional) return false;
  }
  return false;
}

/** The first step of the run of consecutive steps on `index`'s screen, within its part. */
function runStart(steps: readonly Step[], index: number): number {
  let start = index;
  while (start > steps[index].partStart && steps[start - 1].screen === steps[index].screen) start--;
  return start;
}

/**
 * Where to continue when the person is on `screen`, off the current step's screen: the first step
 * on that screen in the current part when there is one (Back to R1 restarts at ②), else the
 * part's first step (the flow was dropped, so it starts again).
 */
function rewindTo(state: RehearsalState, screen: Screen): number {
  const steps = procedureOf(state).steps;
  const current = steps[state.step];
  for (let index = state.step; index >= current.partStart; index--) {
    if (steps[index].screen === screen) return runStart(steps, index);
  }
  return current.partStart;
}

function onScreen(state: RehearsalState, screen: Screen, now: number | undefined): RehearsalState {
  const pending = state.pendingScreen === screen;
  const moved: RehearsalState = { ...state, screen, pendingScreen: undefined, outcome: 'ignored' };
  if (ASIDE_SCREENS.includes(screen)) return moved;
  const completed = completedStep(moved, { type: 'screen', screen });
  if (completed !== undefined) return advance(moved, completed, now);
  const step = procedureOf(state).steps[state.step];
  if (step.screen === undefined || step.screen === screen) return moved;
  // Off the step's screen: go back to where the procedure continues from here.
  const rewound: RehearsalState = { ...moved, step: rewindTo(moved, screen) };
  // A screen that an event already judged leads to (a cancelled flow, a wrong action) is no new mistake.
  if (pending) return rewound;
  const at = procedureOf(state).steps[rewound.step].screen;
  return mistake(rewound, at === undefined || at === screen ? 'restart' : 'wrong-screen', state.step);
}

function onRefusal(state: RehearsalState, code: BankErrorCode): RehearsalState {
  const steps = procedureOf(state).steps;
  const field = REFUSAL_FIELDS[code];
  let step = state.step;
  const current = steps[state.step];
  if (field && current.screen === state.screen) {
    for (let index = runStart(steps, state.step); index < state.step; index++) {
      const done = steps[index].done;
      if (done.on === 'field' && done.field === field) {
        step = index;
        break;
      }
    }
  }
  return mistake({ ...state, step }, REFUSAL_HINTS[code], state.step);
}

/** Removing an app is a mistake while a later step still needs its token. */
function onRemoved(state: RehearsalState, credentialId: string): RehearsalState {
  const steps = procedureOf(state).steps.slice(state.step);
  const installed = state.installed.filter((id) => id !== credentialId);
  const removed = { ...state, installed, outcome: 'ignored' as const };
  const needed = steps.some((step) => tokensFor(state, step.token).includes(credentialId));
  return needed ? mistake(removed, 'token-removed', state.step) : removed;
}

/**
 * The next state after `event`; its `outcome` says what the event was, and `hint` how to recover
 * from a mistake. `now` dates the end when the event completes the last step.
 */
export function onEvent(state: RehearsalState, event: RehearsalEvent, now?: number): RehearsalState {
  if (isOver(state)) return { ...state, outcome: 'ignored' };
  if (event.type === 'screen') return onScreen(state, event.screen, now);

  const leadsTo = LEADS_TO[event.type];
  let next: RehearsalState = { ...state, outcome: 'ignored', ...(leadsTo ? { pendingScreen: leadsTo } : {}) };
  if (event.type === 'token-installed')
    next = { ...next, installed: [...state.installed, event.credentialId] };

  const completed = completedStep(next, event);
  if (completed !== undefined) return advance(next, completed, now);

  switch (event.type) {
    case 'field':
    case 'token-installed':
    case 'flow-finished':
    case 'logged-out':
    case 'customer-unlocked':
    case 'code-copied':
      return next;
    case 'bank-refused':
      return onRefusal(next, event.code);
    case 'token-uninstalled':
    case 'device-lost':
      return onRemoved(next, event.credentialId);
    case 'flow-cancelled':
      // 戻る / ログイン画面に戻る mid-flow: the flow is dropped; start its part again from the login screen.
      return mistake({ ...next, step: rewindTo(next, 'login') }, 'restart', state.step);
    case 'otp-registered':
      // The old token again, when changing tokens: it must be stopped once more.
      return awaits(state, 'otp-registered')
        ? mistake({ ...next, step: 0 }, 'old-token', state.step)
        : mistake(next, 'other-action', state.step);
    default:
      return mistake(next, 'other-action', state.step);
  }
}

/** Time taken, mistakes and, in an exam, the score (see the module comment). */
export function summary(state: RehearsalState, now: number): RehearsalSummary {
  const total = procedureOf(state).steps.length;
  const end = state.finishedAt ?? state.stoppedAt ?? now;
  const completed = isFinished(state);
  const stepsDone = completed ? total : Math.min(state.reached, total);
  const result: RehearsalSummary = {
    durationMs: Math.max(0, end - state.startedAt),
    mistakes: state.mistakes.length,
    stepsDone,
    total,
    completed,
  };
  if (state.mode === 'exam') {
    const progress = Math.round((100 * stepsDone) / total);
    result.score = Math.max(0, progress - EXAM_MISTAKE_PENALTY * state.mistakes.length);
  }
  return result;
}

/** The token ID a step's `{token}` stands for now: the newest installed, or the registered one. */
export function stepToken(state: RehearsalState, step: Step | undefined = currentStep(state)) {
  const tokens = tokensFor(state, step?.token);
  return tokens[tokens.length - 1];
}

/** Where the step's control (`target`) or what to read (`source`) is, placeholders filled in. */
export function stepTarget(state: RehearsalState, which: 'target' | 'source'): Target | undefined {
  const step = currentStep(state);
  const target = step?.[which];
  if (!step || !target) return undefined;
  const token = stepToken(state, step);
  const usesToken = target.path.some((selector) => selector.includes('{token}'));
  if (usesToken && !token) return undefined;
  const fill = (text: string) =>
    text
      .replaceAll('{token}', token ?? '')
      .replaceAll('{contractId}', procedureOf(state).customer.contractId);
  return {
    path: target.path.map(fill),
    ...(target.text !== undefined ? { text: fill(target.text) } : {}),
  };
}

/**
 * The screen the current step happens on when the person is elsewhere (and not just on the way
 * there), so the overlay can say where to go.
 */
export function offScreen(state: RehearsalState): StepScreen | undefined {
  const step = currentStep(state);
  if (!step?.screen) return undefined;
  const at = state.pendingScreen ?? state.screen;
  return at === step.screen || ASIDE_SCREENS.includes(at) ? undefined : step.screen;
}
