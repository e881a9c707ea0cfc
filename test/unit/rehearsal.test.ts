import { describe, expect, it } from 'vitest';
import { enTools as en } from '../../src/i18n/tools-en.js';
import { jaTools as ja } from '../../src/i18n/tools-ja.js';
import { applyScenario } from '../../src/scenarios.js';
import {
  EXAM_MISTAKE_PENALTY,
  PROCEDURES,
  PROCEDURE_IDS,
  currentStep,
  isFinished,
  isOver,
  isProcedureId,
  offScreen,
  onEvent,
  startRehearsal,
  stepTarget,
  stopRehearsal,
  summary,
  type Outcome,
  type PlainEventType,
  type ProcedureId,
  type RehearsalEvent,
  type RehearsalMode,
  type RehearsalState,
} from '../../src/rehearsal.js';
import { DEFAULT, WITH_TOKEN, memoryDemo } from './fixtures.js';

const T0 = 1_000_000;
const REGISTERED = 'SYMC10000001';
const NEW_MOBILE = 'SYMC20000002';
const NEW_DESKTOP = 'SYDC30000003';

/** A fake clock for the rehearsal: every event happens one second after the one before. */
function clock(start = T0) {
  let now = start;
  return { now: () => now, tick: (ms = 1000) => (now += ms) };
}

function start(procedure: ProcedureId, mode: RehearsalMode = 'guided', at = T0) {
  const registered = procedure === 'registration' ? {} : { credentialId: REGISTERED };
  return startRehearsal(procedure, mode, at, { ...registered, startAt: 'login' });
}

/** Feeds events one second apart; returns the final state and each event's outcome. */
function feed(state: RehearsalState, events: RehearsalEvent[], time = clock()) {
  const outcomes: Outcome[] = [];
  for (const event of events) {
    state = onEvent(state, event, time.tick());
    outcomes.push(state.outcome!);
  }
  return { state, outcomes, time };
}

const screen = (name: Extract<RehearsalEvent, { type: 'screen' }>['screen']): RehearsalEvent => ({
  type: 'screen',
  screen: name,
});
const typed = (
  on: Extract<RehearsalEvent, { type: 'field' }>['screen'],
  field: Extract<RehearsalEvent, { type: 'field' }>['field'],
  value: string,
): RehearsalEvent => ({ type: 'field', screen: on, field, value });
const refused = (code: Extract<RehearsalEvent, { type: 'bank-refused' }>['code']): RehearsalEvent => ({
  type: 'bank-refused',
  code,
});
const installed = (credentialId: string, kind: 'mobile' | 'desktop' = 'mobile'): RehearsalEvent => ({
  type: 'token-installed',
  credentialId,
  kind,
});
const event = (type: PlainEventType): RehearsalEvent => ({ type });

/** What a person does for 利用登録 ①–⑧ (a credential ID typed with spaces, as the app shows it). */
function registrationEvents(customer: { contractId: string; password: string }, credentialId: string) {
  return [
    screen('register-auth'),
    typed('register-auth', 'contract-id', customer.contractId),
    typed('register-auth', 'password', customer.password),
    event('registration-started'),
    screen('register-token'),
    typed('register-token', 'credential-id', credentialId.replace(/^(.{4})(\d{4})(\d{4})$/, '$1 $2 $3')),
    typed('register-token', 'code', '123 456'),
    { type: 'otp-registered', credentialId } as RehearsalEvent,
    screen('register-done'),
    event('flow-finished'),
  ];
}

function loginEvents() {
  return [
    typed('login', 'contract-id', WITH_TOKEN.contractId),
    typed('login', 'password', WITH_TOKEN.password),
    event('otp-requested'),
    screen('login-otp'),
    typed('login-otp', 'code', '654321'),
    event('login-succeeded'),
  ];
}

function deactivationEvents() {
  return [
    screen('deactivate-auth'),
    typed('deactivate-auth', 'contract-id', WITH_TOKEN.contractId),
    typed('deactivate-auth', 'password', WITH_TOKEN.password),
    event('deactivation-started'),
    screen('deactivate-otp'),
    typed('deactivate-otp', 'code', '111222'),
    event('otp-deactivated'),
    screen('deactivate-done'),
    event('flow-finished'),
  ];
}

/** Each procedure, as a person who follows every step produces it. */
const FOLLOWED: Record<ProcedureId, RehearsalEvent[]> = {
  registration: [installed(NEW_MOBILE), ...registrationEvents(DEFAULT, NEW_MOBILE)],
  'login-otp': loginEvents(),
  deactivation: deactivationEvents(),
  'change-token': [
    ...deactivationEvents(),
    screen('login'),
    installed(NEW_DESKTOP, 'desktop'),
    ...registrationEvents(WITH_TOKEN, NEW_DESKTOP),
  ],
  'device-lost': [
    screen('counter'),
    { type: 'token-reset', contractId: WITH_TOKEN.contractId },
    screen('login'),
    installed(NEW_MOBILE),
    ...registrationEvents(WITH_TOKEN, NEW_MOBILE),
  ],
};

describe('procedures', () => {
  it('has five, each for a scenario and its customer', async () => {
    expect(PROCEDURE_IDS).toHaveLength(5);
    expect(PROCEDURE_IDS.every(isProcedureId)).toBe(true);
    expect(isProcedureId('nope')).toBe(false);
    const demo = await memoryDemo();
    for (const id of PROCEDURE_IDS) {
      const { scenario, customer } = PROCEDURES[id];
      expect((await applyScenario(demo, scenario)).customer, id).toEqual(customer);
    }
    demo.close();
  });

  it("numbers each part's steps as the guide does", () => {
    const numbers = (id: ProcedureId) =>
      PROCEDURES[id].steps.map((step) => `${step.part}${step.number ?? ''}`).join(' ');
    expect(numbers('registration')).toBe(
      'install registration① registration② registration③ registration④ registration⑤ registration⑥ registration⑦ registration⑧',
    );
    expect(numbers('login-otp')).toBe('login① login② login③ login④ login⑤');
    expect(numbers('deactivation')).toBe(
      'deactivation① deactivation② deactivation③ deactivation④ deactivation⑤ deactivation⑥ deactivation⑦',
    );
    expect(numbers('change-token')).toBe(
      `${numbers('deactivation')} install ${numbers('registration').slice(8)}`,
    );
    expect(numbers('device-lost')).toBe(`counter counter counter ${numbers('registration')}`);
  });

  it('points every step at a control, and the token steps at the token too', () => {
    for (const id of PROCEDURE_IDS) {
      for (const step of PROCEDURES[id].steps) {
        expect(step.target, `${id} ${step.key}`).toBeDefined();
        if (step.done.on === 'field' && (step.done.field === 'code' || step.done.field === 'credential-id')) {
          expect(step.source, `${id} ${step.key}`).toBeDefined();
        }
      }
    }
  });
});

describe('a person who follows the steps', () => {
  it.each(PROCEDURE_IDS)('%s: completes it, advancing on every step and making no mistake', (id) => {
    const { state, outcomes } = feed(start(id), FOLLOWED[id]);
    expect(outcomes).not.toContain('mistake');
    expect(outcomes.filter((outcome) => outcome === 'advanced')).toHaveLength(PROCEDURES[id].steps.length);
    expect(isFinished(state)).toBe(true);
    expect(currentStep(state)).toBeUndefined();
    expect(summary(state, T0 + 999_000)).toEqual({
      durationMs: FOLLOWED[id].length * 1000,
      mistakes: 0,
      stepsDone: PROCEDURES[id].steps.length,
      total: PROCEDURES[id].steps.length,
      completed: true,
    });
  });

  it('arriving at the screen a step leads to is no step of its own', () => {
    const { outcomes } = feed(start('login-otp'), loginEvents());
    expect(outcomes).toEqual(['advanced', 'advanced', 'advanced', 'ignored', 'advanced', 'advanced']);
  });

  it('advances on a field only when it holds the whole value', () => {
    let state = start('login-otp');
    for (const prefix of ['2', '234', '234567890']) {
      state = onEvent(state, typed('login', 'contract-id', prefix));
      expect(state.outcome).toBe('ignored');
      expect(currentStep(state)!.key).toBe('login-contract-id');
    }
    state = onEvent(state, typed('login', 'contract-id', '２３４５６７８９０１'));
    expect(state.outcome).toBe('advanced');
    state = onEvent(state, typed('login', 'password', 'demo2345'));
    expect(currentStep(state)!.key).toBe('login-password');
    state = onEvent(state, typed('login', 'password', 'Demo2345'));
    expect(currentStep(state)!.key).toBe('login-submit');
  });

  it('may fill fields in any order, or leave them for the button to complete', () => {
    let state = onEvent(start('login-otp'), typed('login', 'password', WITH_TOKEN.password));
    expect(currentStep(state)!.key).toBe('login-submit');
    expect(onEvent(state, typed('login', 'contract-id', WITH_TOKEN.contractId)).outcome).toBe('ignored');
    // Without any field event (a password manager, say): the button's event completes ①–③.
    state = onEvent(start('login-otp'), event('otp-requested'));
    expect(state.outcome).toBe('advanced');
    expect(currentStep(state)!.number).toBe('④');
  });

  it('takes a token ID typed with or without spaces, in full width, but only the new one', () => {
    const atR2 = feed(start('change-token'), [
      ...deactivationEvents(),
      screen('login'),
      installed(NEW_DESKTOP, 'desktop'),
      ...registrationEvents(WITH_TOKEN, NEW_DESKTOP).slice(0, 5),
    ]).state;
    expect(currentStep(atR2)!.number).toBe('⑤');
    expect(onEvent(atR2, typed('register-token', 'credential-id', REGISTERED)).outcome).toBe('ignored');
    for (const typedId of ['SYDC30000003', 'sydc 3000 0003', 'ＳＹＤＣ３００００００３']) {
      expect(onEvent(atR2, typed('register-token', 'credential-id', typedId)).outcome, typedId).toBe(
        'advanced',
      );
    }
  });

  it('skips a step already done: the app installed early, or the screen already reached', () => {
    // Installs the new app before stopping the old one: the install step passes by itself.
    const early = feed(start('change-token'), [installed(NEW_DESKTOP, 'desktop'), ...deactivationEvents()]);
    expect(early.outcomes[0]).toBe('ignored');
    expect(currentStep(early.state)!.key).toBe('reg-link');
    // Opens R1 before installing: after the install, ① is done too.
    const ahead = feed(start('registration'), [screen('register-auth'), installed(NEW_MOBILE)]);
    expect(ahead.outcomes).toEqual(['ignored', 'advanced']);
    expect(currentStep(ahead.state)!.number).toBe('②');
  });

  it('ignores the help pages and a copied code', () => {
    const { state, outcomes } = feed(start('login-otp'), [
      screen('help'),
      screen('login'),
      screen('otp-info'),
      event('code-copied'),
    ]);
    expect(outcomes).toEqual(['ignored', 'ignored', 'ignored', 'ignored']);
    expect(state.step).toBe(0);
  });
});

describe('mistakes', () => {
  it('a refused contract ID or password: one hint, back to the contract ID whichever was wrong, then on', () => {
    let state = feed(start('login-otp'), loginEvents().slice(0, 2)).state;
    expect(currentStep(state)!.key).toBe('login-submit');
    // The bank answers a wrong password and an unknown contract ID alike; so does the rehearsal.
    expect(onEvent(state, refused('unknown-contract'))).toEqual(onEvent(state, refused('wrong-password')));
    state = onEvent(state, refused('wrong-password'));
    expect(state.outcome).toBe('mistake');
    expect(state.hint).toBe('credentials');
    expect(currentStep(state)!.key).toBe('login-contract-id');
    // The contract ID is still in its field; the password, cleared by the screen, completes both.
    state = onEvent(state, typed('login', 'password', WITH_TOKEN.password));
    expect(state.outcome).toBe('advanced');
    expect(state.hint).toBeUndefined();
    expect(state.mistakes).toEqual([{ step: 2, hint: 'credentials' }]);
  });

  it('a wrong code: "type the one shown now", back to the code field', () => {
    const atSubmit = feed(start('registration'), FOLLOWED.registration.slice(0, 8)).state;
    expect(currentStep(atSubmit)!.number).toBe('⑦');
    const state = onEvent(atSubmit, refused('wrong-code'));
    expect(state.hint).toBe('wrong-code');
    expect(currentStep(state)!.number).toBe('⑥');
    expect(onEvent(atSubmit, refused('replayed-code')).hint).toBe('replayed-code');
    expect(onEvent(atSubmit, refused('unknown-credential'))).toMatchObject({ hint: 'credential-id' });
    expect(currentStep(onEvent(atSubmit, refused('unknown-credential')))!.number).toBe('⑤');
  });

  it('a refusal with no field of its own keeps the step', () => {
    const atNext = feed(start('device-lost'), [
      screen('login'),
      installed(NEW_MOBILE),
      ...registrationEvents(WITH_TOKEN, NEW_MOBILE).slice(0, 3),
    ]).state;
    // The counter was skipped: the bank still has the lost token.
    expect(currentStep(atNext)!.key).toBe('counter-open');
    const state = onEvent(atNext, refused('token-already-registered'));
    expect(state).toMatchObject({ outcome: 'mistake', hint: 'already-registered', step: atNext.step });
  });

  it('going to a screen not in the procedure: "go back to …", from the start of the part', () => {
    const atR2 = feed(start('registration'), FOLLOWED.registration.slice(0, 6)).state;
    expect(currentStep(atR2)!.number).toBe('⑤');
    const state = onEvent(atR2, screen('counter'));
    expect(state).toMatchObject({ outcome: 'mistake', hint: 'wrong-screen' });
    expect(currentStep(state)!.number).toBe('①');
    expect(offScreen(state)).toBe('login');
    const back = onEvent(state, screen('login'));
    expect(back.outcome).toBe('ignored');
    expect(offScreen(back)).toBeUndefined();
  });

  it("Back from R2 to R1 (the browser's 戻る): start again at ②", () => {
    const atR2 = feed(start('registration'), FOLLOWED.registration.slice(0, 6)).state;
    const state = onEvent(atR2, screen('register-auth'));
    expect(state).toMatchObject({ outcome: 'mistake', hint: 'restart' });
    expect(currentStep(state)!.number).toBe('②');
  });

  it('leaving a flow by its own button is one mistake, not two', () => {
    const atS2 = feed(start('deactivation'), deactivationEvents().slice(0, 5)).state;
    expect(currentStep(atS2)!.number).toBe('⑤');
    const { state, outcomes } = feed(atS2, [event('flow-cancelled'), screen('login')]);
    expect(outcomes).toEqual(['mistake', 'ignored']);
    expect(state.hint).toBe('restart');
    expect(state.mistakes).toHaveLength(1);
    expect(currentStep(state)!.number).toBe('①');
  });

  it('doing another procedure (logging in instead of registering) is one mistake', () => {
    const { state, outcomes } = feed(start('registration'), [
      installed(NEW_MOBILE),
      event('login-succeeded'),
      screen('account'),
      event('logged-out'),
      screen('login'),
    ]);
    expect(outcomes).toEqual(['advanced', 'mistake', 'ignored', 'ignored', 'ignored']);
    expect(state.mistakes).toEqual([{ step: 1, hint: 'other-action' }]);
    expect(currentStep(state)!.number).toBe('①');
  });

  it('removing the app whose codes are still needed; removing the old one after stopping it is fine', () => {
    const removed = onEvent(start('login-otp'), { type: 'token-uninstalled', credentialId: REGISTERED });
    expect(removed).toMatchObject({ outcome: 'mistake', hint: 'token-removed' });
    const stopped = feed(start('change-token'), [...deactivationEvents(), screen('login')]).state;
    expect(onEvent(stopped, { type: 'token-uninstalled', credentialId: REGISTERED }).outcome).toBe('ignored');
    const installedNew = onEvent(stopped, installed(NEW_DESKTOP, 'desktop'));
    expect(onEvent(installedNew, { type: 'device-lost', credentialId: NEW_DESKTOP }).hint).toBe(
      'token-removed',
    );
  });

  it('changing tokens but registering the old token again: stop it again', () => {
    const atR2 = feed(start('change-token'), [
      ...deactivationEvents(),
      screen('login'),
      installed(NEW_DESKTOP, 'desktop'),
      ...registrationEvents(WITH_TOKEN, NEW_DESKTOP).slice(0, 5),
    ]).state;
    const { state, outcomes } = feed(atR2, [
      { type: 'otp-registered', credentialId: REGISTERED },
      screen('register-done'),
      event('flow-finished'),
      screen('login'),
    ]);
    expect(outcomes).toEqual(['mistake', 'ignored', 'ignored', 'ignored']);
    expect(state.hint).toBe('old-token');
    expect(state.step).toBe(0);
    // Stopping it again and registering the new one finishes the procedure.
    const done = feed(state, [
      ...deactivationEvents(),
      screen('login'),
      ...registrationEvents(WITH_TOKEN, NEW_DESKTOP),
    ]).state;
    expect(isFinished(done)).toBe(true);
    expect(summary(done, 0).mistakes).toBe(1);
  });

  it('resetting the wrong customer at the counter is a mistake', () => {
    const atCounter = onEvent(start('device-lost'), screen('counter'));
    expect(onEvent(atCounter, { type: 'token-reset', contractId: '9999999999' }).hint).toBe('other-action');
    expect(onEvent(atCounter, { type: 'token-reset', contractId: WITH_TOKEN.contractId }).outcome).toBe(
      'advanced',
    );
  });
});

describe('summary and exam score', () => {
  it('times the attempt with the clock passed in, to the last step', () => {
    const time = clock(5_000);
    let state = startRehearsal('login-otp', 'guided', time.now(), { credentialId: REGISTERED });
    time.tick(42_000);
    state = onEvent(state, event('otp-requested'), time.now());
    time.tick(3_500);
    state = onEvent(state, event('login-succeeded'), time.now());
    expect(summary(state, time.tick(60_000)).durationMs).toBe(45_500);
  });

  it('guided: no score', () => {
    const { state } = feed(start('login-otp'), loginEvents());
    expect(summary(state, T0).score).toBeUndefined();
  });

  it(`exam: 100 without mistakes, ${EXAM_MISTAKE_PENALTY} off per mistake, never below 0`, () => {
    const perfect = feed(start('login-otp', 'exam'), loginEvents()).state;
    expect(summary(perfect, T0).score).toBe(100);
    const two = feed(start('login-otp', 'exam'), [
      refused('wrong-password'),
      refused('wrong-password'),
      ...loginEvents(),
    ]).state;
    expect(summary(two, T0)).toMatchObject({ completed: true, mistakes: 2, score: 80 });
    const many = feed(start('login-otp', 'exam'), [
      ...Array.from({ length: 11 }, () => refused('wrong-code')),
      ...loginEvents(),
    ]).state;
    expect(summary(many, T0).score).toBe(0);
  });

  it('exam stopped half way: the share of steps reached, less the mistakes', () => {
    const time = clock();
    const half = feed(start('deactivation', 'exam'), deactivationEvents().slice(0, 4), time).state;
    expect(half.reached).toBe(4);
    const stopped = stopRehearsal(onEvent(half, refused('wrong-code'), time.tick()), time.tick());
    expect(isOver(stopped)).toBe(true);
    expect(isFinished(stopped)).toBe(false);
    expect(summary(stopped, time.tick(99_000))).toEqual({
      durationMs: 6000,
      mistakes: 1,
      stepsDone: 4,
      total: 7,
      completed: false,
      score: Math.round((100 * 4) / 7) - EXAM_MISTAKE_PENALTY,
    });
  });

  it('counts the furthest step reached, not where a mistake sent the person back', () => {
    const { state } = feed(start('login-otp', 'exam'), [
      ...loginEvents().slice(0, 4),
      event('flow-cancelled'),
    ]);
    expect(state.step).toBe(0);
    expect(summary(stopRehearsal(state, T0), T0).stepsDone).toBe(3);
  });

  it('ignores everything once over', () => {
    const { state } = feed(start('login-otp'), loginEvents());
    const after = onEvent(state, refused('wrong-code'));
    expect(after).toMatchObject({ outcome: 'ignored', mistakes: [] });
    const stopped = stopRehearsal(start('login-otp'), T0);
    expect(onEvent(stopped, event('otp-requested')).step).toBe(0);
    expect(stopRehearsal(stopped, T0 + 5)).toBe(stopped);
  });
});

describe('targets', () => {
  it('fills in the token ID and the contract ID', () => {
    const atA1 = feed(start('login-otp'), loginEvents().slice(0, 4)).state;
    expect(stepTarget(atA1, 'target')).toEqual({ name: 'code', screen: 'login-otp' });
    expect(stepTarget(atA1, 'source')).toEqual({ name: 'token-code', credentialId: REGISTERED });
    const atCounter = onEvent(start('device-lost'), screen('counter'));
    expect(stepTarget(atCounter, 'target')).toEqual({
      name: 'reset-token',
      screen: 'counter',
      contractId: WITH_TOKEN.contractId,
    });
    expect(stepTarget(atCounter, 'source')).toBeUndefined();
  });

  it('has no source once the token it needs is gone', () => {
    const atR2 = feed(start('registration'), FOLLOWED.registration.slice(0, 6)).state;
    expect(currentStep(atR2)!.number).toBe('⑤');
    expect(stepTarget(atR2, 'source')).toEqual({ name: 'token-id', credentialId: NEW_MOBILE });
    const gone = onEvent(atR2, { type: 'token-uninstalled', credentialId: NEW_MOBILE });
    expect(gone.hint).toBe('token-removed');
    expect(stepTarget(gone, 'source')).toBeUndefined();
    expect(stepTarget(gone, 'target')).toEqual({ name: 'credential-id', screen: 'register-token' });
  });

  it('says which screen a step needs when the person is elsewhere', () => {
    expect(offScreen(start('login-otp'))).toBeUndefined();
    const onCounter = startRehearsal('login-otp', 'guided', T0, { startAt: 'counter' });
    expect(offScreen(onCounter)).toBe('login');
    // On the way there (the event came, the hash not yet): nothing to say.
    const leaving = onEvent(start('login-otp'), event('otp-requested'));
    expect(offScreen(leaving)).toBeUndefined();
    expect(offScreen(onEvent(start('registration'), screen('counter')))).toBeUndefined();
  });
});

describe('texts', () => {
  /** otp-guide.ja.md, word for word, by procedure and number. */
  const GUIDE: Record<string, string> = {
    'registration①': 'ログイン画面の「ワンタイムパスワードの利用登録はこちら」をクリックします。',
    'registration②': '個人インターネットバンキングの「契約者 ID」を入力します。',
    'registration③': '個人インターネットバンキングの「ログインパスワード」を入力します。',
    'registration④': '「次へ」をクリックします。',
    'registration⑤': 'ソフトウェアトークンアプリを起動し、「トークン ID」を入力します。',
    'registration⑥': '「ワンタイムパスワード」を入力します。',
    'registration⑦': '「登録」をクリックします。',
    'registration⑧': '「ログイン画面に戻る」をクリックし、ログイン画面を表示します。',
    'login①': '「契約者 ID」を入力します。',
    'login②': '「ログインパスワード」を入力します。',
    'login③': '「ログイン」をクリックします。',
    'login④': 'ソフトウェアトークンに表示されている「ワンタイムパスワード」を入力します。',
    'login⑤': '「確認」をクリックします。',
    'deactivation①': 'ログイン画面の「ワンタイムパスワードの利用停止はこちら」をクリックします。',
    'deactivation②': '個人インターネットバンキングの「契約者 ID」を入力します。',
    'deactivation③': '個人インターネットバンキングの「ログインパスワード」を入力します。',
    'deactivation④': '「次へ」をクリックします。',
    'deactivation⑤': '「ワンタイムパスワード」を入力します。',
    'deactivation⑥': '「停止」をクリックします。',
    'deactivation⑦': '「ログイン画面に戻る」をクリックし、ログイン画面を表示します。',
  };

  it('words each numbered step as the guide does, in Japanese', () => {
    const seen = new Set<string>();
    for (const id of PROCEDURE_IDS) {
      for (const step of PROCEDURES[id].steps) {
        if (!step.number) continue;
        const key = `${step.part}${step.number}`;
        seen.add(key);
        expect(ja.rehearsal.steps[step.key].text, `${id} ${key}`).toBe(GUIDE[key]);
      }
    }
    expect([...seen].sort()).toEqual(Object.keys(GUIDE).sort());
  });

  it('has every step, hint and label in both languages', () => {
    const context = {
      contractId: '2345678901',
      password: 'Demo2345',
      credentialId: 'SYMC 1234 5678',
      step: 'x',
      screen: 'y',
    };
    for (const messages of [ja, en]) {
      const m = messages.rehearsal;
      for (const id of PROCEDURE_IDS) {
        expect(m.procedures[id].label.length).toBeGreaterThan(3);
        for (const step of PROCEDURES[id].steps) {
          expect(m.steps[step.key].text.length).toBeGreaterThan(3);
          expect(m.steps[step.key].explain(context).length).toBeGreaterThan(5);
          if (step.screen) expect(m.screens[step.screen].length).toBeGreaterThan(1);
        }
      }
      for (const [key, hint] of Object.entries(m.hints)) {
        expect(hint(context).length, key).toBeGreaterThan(10);
        expect(m.mistakeLabels[key as keyof typeof m.mistakeLabels].length).toBeGreaterThan(3);
      }
    }
    expect(ja.rehearsal.hints['wrong-screen'](context)).toContain('「y」');
    expect(en.rehearsal.hints.credentials(context)).toContain('2345678901 and Demo2345');
  });

  it('says how long it took in minutes and seconds', () => {
    expect(ja.rehearsal.durationValue(85_000)).toBe('1分25秒');
    expect(ja.rehearsal.durationValue(42_400)).toBe('42秒');
    expect(en.rehearsal.durationValue(85_000)).toBe('1 min 25 s');
  });
});
