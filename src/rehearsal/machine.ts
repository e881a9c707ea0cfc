// The state machine that follows a person through a procedure from the app's events (src/rehearsal.ts).
import { toHalfWidth } from '../bank/input.js';
import type { BankErrorCode } from '../bank/codes.js';
import { isAside, type Screen } from '../router.js';
import {
  type Completion,
  EXAM_MISTAKE_PENALTY,
  type Field,
  type HintKey,
  type Procedure,
  type ProcedureId,
  type RehearsalEvent,
  type RehearsalMode,
  type RehearsalState,
  type RehearsalSummary,
  type Step,
  type StepScreen,
  type Target,
  type TokenRole,
} from './types.js';
import { PROCEDURES } from './procedures.js';

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

const REFUSAL_HINTS: Record<BankErrorCode, HintKey> = {
  'malformed-contract-id': 'credentials',
  'malformed-password': 'credentials',
  'unknown-contract': 'credentials',
  'wrong-password': 'credentials',
  'malformed-credential-id': 'credential-id',
  'unknown-credential': 'credential-id',
  'credential-removed': 'token-removed',
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
  'malformed-request': 'refused',
  'weak-password': 'refused',
  'contract-exists': 'refused',
  'not-locked': 'refused',
};

/**
 * The field a refusal sends the person back to; the screens clear passwords and codes when refused.
 * A wrong password and an unknown contract ID (the bank answers both as `wrong-password`) go back
 * to the first of the two fields: the rehearsal must not tell which was wrong either.
 */
const REFUSAL_FIELDS: Partial<Record<BankErrorCode, Field>> = {
  'malformed-contract-id': 'contract-id',
  'unknown-contract': 'contract-id',
  'malformed-password': 'password',
  'wrong-password': 'contract-id',
  'malformed-credential-id': 'credential-id',
  'unknown-credential': 'credential-id',
  'credential-removed': 'credential-id',
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
  if (isAside(screen)) return moved;
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

/**
 * The step's control (`target`) or what to read (`source`), with the screen it is on and the token
 * or customer it is about; none when it names a token and the step's token is gone.
 */
export function stepTarget(state: RehearsalState, which: 'target' | 'source'): Target | undefined {
  const step = currentStep(state);
  const name = step?.[which];
  if (!step || !name) return undefined;
  if (name === 'token-id' || name === 'token-code') {
    const credentialId = stepToken(state, step);
    return credentialId ? { name, credentialId } : undefined;
  }
  const screen = step.screen ? { screen: step.screen } : {};
  if (name === 'reset-token') return { name, ...screen, contractId: procedureOf(state).customer.contractId };
  return { name, ...screen };
}

/**
 * The screen the current step happens on when the person is elsewhere (and not just on the way
 * there), so the overlay can say where to go.
 */
export function offScreen(state: RehearsalState): StepScreen | undefined {
  const step = currentStep(state);
  if (!step?.screen) return undefined;
  const at = state.pendingScreen ?? state.screen;
  return at === step.screen || isAside(at) ? undefined : step.screen;
}
