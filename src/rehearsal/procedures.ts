// The guide's procedures as data: each step's number, screen, completion and control (src/rehearsal.ts).
import { DEMO_CUSTOMERS } from '../demo.js';
import type { CredentialKind } from '../token/device.js';
import {
  type Field,
  PROCEDURE_IDS,
  type PartId,
  type Procedure,
  type ProcedureId,
  type Step,
  type Target,
} from './types.js';

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

/**
 * ② 契約者 ID and ③ ログインパスワード on the first screen of registering (R1) or stopping (S1), then
 * ④ 次へ. The fields are optional steps: the button's answer is what shows they were right.
 */
function credentialSteps(
  screen: 'register-auth' | 'deactivate-auth',
  element: string,
  started: 'registration-started' | 'deactivation-started',
): StepSpec[] {
  return [
    {
      number: '②',
      key: 'ib-contract-id',
      screen,
      done: { on: 'field', field: 'contract-id' },
      optional: true,
      target: field(element, 'contract-id'),
    },
    {
      number: '③',
      key: 'ib-password',
      screen,
      done: { on: 'field', field: 'password' },
      optional: true,
      target: field(element, 'password'),
    },
    { number: '④', key: 'next', screen, done: { on: started }, target: submit(element) },
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
    ...credentialSteps('register-auth', r1, 'registration-started'),
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
    ...credentialSteps('deactivate-auth', s1, 'deactivation-started'),
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
