// The guide's procedures as data: each step's number, screen, completion and control (src/rehearsal.ts).
import { DEMO_CUSTOMERS } from '../demo-customers.js';
import type { CredentialKind } from '../token/device.js';
import { PROCEDURE_IDS, type PartId, type Procedure, type ProcedureId, type Step } from './types.js';

type StepSpec = Omit<Step, 'part' | 'partStart'>;

function installPart(kind: CredentialKind): StepSpec[] {
  return [
    {
      key: kind === 'mobile' ? 'install-mobile' : 'install-desktop',
      done: { on: 'token-installed' },
      target: kind === 'mobile' ? 'install-mobile' : 'install-desktop',
    },
  ];
}

/**
 * ② 契約者 ID and ③ ログインパスワード on the first screen of registering (R1) or stopping (S1), then
 * ④ 次へ. The fields are optional steps: the button's answer is what shows they were right.
 */
function credentialSteps(
  screen: 'register-auth' | 'deactivate-auth',
  started: 'registration-started' | 'deactivation-started',
): StepSpec[] {
  return [
    {
      number: '②',
      key: 'ib-contract-id',
      screen,
      done: { on: 'field', field: 'contract-id' },
      optional: true,
      target: 'contract-id',
    },
    {
      number: '③',
      key: 'ib-password',
      screen,
      done: { on: 'field', field: 'password' },
      optional: true,
      target: 'password',
    },
    { number: '④', key: 'next', screen, done: { on: started }, target: 'submit' },
  ];
}

/** 利用登録 ①–⑧, from the login screen, with the token installed during the rehearsal. */
function registrationPart(): StepSpec[] {
  return [
    {
      number: '①',
      key: 'reg-link',
      screen: 'login',
      done: { on: 'screen', screen: 'register-auth' },
      target: 'register-link',
    },
    ...credentialSteps('register-auth', 'registration-started'),
    {
      number: '⑤',
      key: 'reg-credential-id',
      screen: 'register-token',
      done: { on: 'field', field: 'credential-id' },
      optional: true,
      token: 'new',
      target: 'credential-id',
      source: 'token-id',
    },
    {
      number: '⑥',
      key: 'reg-code',
      screen: 'register-token',
      done: { on: 'field', field: 'code' },
      optional: true,
      token: 'new',
      target: 'code',
      source: 'token-code',
    },
    {
      number: '⑦',
      key: 'reg-submit',
      screen: 'register-token',
      done: { on: 'otp-registered' },
      token: 'new',
      target: 'submit',
    },
    {
      number: '⑧',
      key: 'reg-finish',
      screen: 'register-done',
      done: { on: 'flow-finished' },
      target: 'finish',
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
      target: 'contract-id',
    },
    {
      number: '②',
      key: 'login-password',
      screen: 'login',
      done: { on: 'field', field: 'password' },
      optional: true,
      target: 'password',
    },
    {
      number: '③',
      key: 'login-submit',
      screen: 'login',
      done: { on: 'otp-requested' },
      target: 'submit',
    },
    {
      number: '④',
      key: 'login-code',
      screen: 'login-otp',
      done: { on: 'field', field: 'code' },
      optional: true,
      token: 'registered',
      target: 'code',
      source: 'token-code',
    },
    {
      number: '⑤',
      key: 'login-confirm',
      screen: 'login-otp',
      done: { on: 'login-succeeded' },
      token: 'registered',
      target: 'submit',
    },
  ];
}

/** ワンタイムパスワードの利用停止 ①–⑦, with the token registered when the rehearsal began. */
function deactivationPart(): StepSpec[] {
  return [
    {
      number: '①',
      key: 'deact-link',
      screen: 'login',
      done: { on: 'screen', screen: 'deactivate-auth' },
      target: 'deactivate-link',
    },
    ...credentialSteps('deactivate-auth', 'deactivation-started'),
    {
      number: '⑤',
      key: 'deact-code',
      screen: 'deactivate-otp',
      done: { on: 'field', field: 'code' },
      optional: true,
      token: 'registered',
      target: 'code',
      source: 'token-code',
    },
    {
      number: '⑥',
      key: 'deact-stop',
      screen: 'deactivate-otp',
      done: { on: 'otp-deactivated' },
      token: 'registered',
      target: 'submit',
    },
    {
      number: '⑦',
      key: 'deact-finish',
      screen: 'deactivate-done',
      done: { on: 'flow-finished' },
      target: 'finish',
    },
  ];
}

/** procedure.md X: at the bank counter, staff reset the token ID (the person plays the staff). */
function counterPart(): StepSpec[] {
  return [
    {
      key: 'counter-open',
      done: { on: 'screen', screen: 'counter' },
      target: 'counter-link',
    },
    {
      key: 'counter-reset',
      screen: 'counter',
      done: { on: 'token-reset' },
      target: 'reset-token',
    },
    {
      key: 'counter-back',
      screen: 'counter',
      done: { on: 'screen', screen: 'login' },
      target: 'back-to-login',
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
