/**
 * Storage failing under an element, in Chromium's IndexedDB: whatever the element was doing ends
 * as a notice where it was asked for (focused, in the page's language) with a 再読み込み button;
 * passwords and codes typed are cleared; nothing of the operation is written.
 *
 * Failures are IndexedDB's own: another tab opening a database at a newer version (what a newer
 * build does), and a record IndexedDB refuses in the middle of a transaction, which aborts it
 * (a write error, as a full disk gives one). Nothing of the browser's API is replaced.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/bank-account.js';
import '../../../components/bank-counter.js';
import '../../../components/bank-deactivate-auth.js';
import '../../../components/bank-deactivate-otp.js';
import '../../../components/bank-login.js';
import '../../../components/bank-login-otp.js';
import '../../../components/bank-register-auth.js';
import '../../../components/bank-register-token.js';
import '../../../components/guided-rehearsal.js';
import '../../../components/soft-token-panel.js';
import '../../../components/trainer-bar.js';
import type { GuidedRehearsal } from '../../../components/guided-rehearsal.js';
import type { SoftTokenPanel } from '../../../components/soft-token-panel.js';
import type { TrainerBar } from '../../../components/trainer-bar.js';
import { Bank } from '../../../src/bank/bank.js';
import type { BankSchema } from '../../../src/bank/schema.js';
import { createClock, type Clock } from '../../../src/clock.js';
import { openDemo, type Demo } from '../../../src/demo.js';
import { type Locale } from '../../../src/i18n/index.js';
import type { StorageFailure } from '../../../src/store/errors.js';
import type { Database } from '../../../src/store/index.js';
import { formatCredentialId } from '../../../src/token/device.js';
import { okOf } from '../../results.js';
import { deleteDatabase, rawOpen } from '../store/helpers.js';
import { refusingWritesTo } from '../store/refusing.js';
import {
  APP_DATABASES,
  TOKEN_HOLDER,
  lockCustomer,
  mountScreen,
  shadowText,
  submitLogin,
  typeInto,
  type ScreenTag,
  messagesIn,
} from './fixtures.js';

const DEFAULT = { contractId: '1234567890', password: 'Demo1234' };

/** Another tab opens `database` at a newer version, as a newer build of the app does. */
async function newerBuildOpens(database: 'bank' | 'token' = 'bank') {
  (await rawOpen(`otp-rehearsal-${database}`, 99)).close();
}

/** The bank's customers as they are on disk, read past the page's closed connection. */
async function customersOnDisk(): Promise<unknown[]> {
  const raw = await rawOpen('otp-rehearsal-bank');
  try {
    return await new Promise((resolve, reject) => {
      const request = raw.transaction('customers').objectStore('customers').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    raw.close();
  }
}

/** Everything the bank keeps, read through a working connection. */
function bankState(db: Database<BankSchema>) {
  return db.read(['customers', 'sessions', 'audit', 'unknown-contracts'], async (tx) => ({
    customers: await tx.store('customers').getAll(),
    sessions: await tx.store('sessions').getAll(),
    audit: await tx.store('audit').getAll(),
    unknown: await tx.store('unknown-contracts').getAll(),
  }));
}

/**
 * The notice `element` shows once storage failed under it: the reason's whole sentence in
 * `locale`, its 再読み込み button, focus moved to it, and no refusal beside it.
 */
async function expectFault(element: Element, reason: StorageFailure | 'unexpected', locale: Locale = 'ja') {
  const root = element.shadowRoot!;
  await waitUntil(() => root.querySelector('.fault'), `${element.localName} showed no fault`, {
    timeout: 8000,
  });
  const notice = root.querySelector<HTMLElement>('.fault')!;
  const m = messagesIn(locale).common;
  expect(notice.querySelector('p')!.textContent!.trim()).to.equal(
    reason === 'unexpected' ? m.unexpectedError : m.storageFailed[reason],
  );
  expect(notice.getAttribute('role')).to.equal('alert');
  const reload = notice.querySelector('button')!;
  expect(reload.textContent!.trim()).to.equal(m.reload);
  expect(reload.type).to.equal('button');
  expect(root.activeElement).to.equal(notice);
  expect(root.querySelectorAll('.error')).to.have.length(0);
}

describe('storage failing under an element', () => {
  let realNow: number;
  let clock: Clock;
  let demo: Demo;

  beforeEach(async () => {
    for (const name of APP_DATABASES) await deleteDatabase(name);
    realNow = Date.UTC(2026, 10, 24, 0, 0, 5);
    clock = createClock({ realNow: () => realNow });
    clock.freeze();
    demo = await openDemo({ passwordIterations: 1000, clock, tokensOnDevice: ['2345678901'] });
    await demo.ready;
  });

  afterEach(async () => {
    demo.close();
    for (const name of APP_DATABASES) await deleteDatabase(name);
  });

  /** The bank on the demo's database, whose writes to `store` IndexedDB refuses midway. */
  const refusingBank = (store: 'audit' | 'customers' | 'sessions') =>
    new Bank(refusingWritesTo(demo.databases.bank, store), demo.vip, {
      now: () => clock.now(),
      passwordIterations: 1000,
    });

  const codeNow = async () => {
    const [token] = await demo.device.list();
    return (await demo.device.code(token, clock.now())).code;
  };

  interface ScreenCase {
    tag: ScreenTag;
    /** The secret field, cleared after the failure. */
    secret: 'password' | 'code';
    /** The screen's properties besides the bank (a ticket), worked out on the working demo. */
    properties?: () => Promise<Record<string, unknown>>;
    /** Types what the bank would accept and submits it, by keyboard. */
    submit: (root: ShadowRoot) => Promise<void>;
  }
  const codeStep = (start: () => Promise<{ ok: boolean; ticket?: string }>) => async () => ({
    ticket: (await start()).ticket,
  });
  const submitCode = async (root: ShadowRoot) => {
    await typeInto(root, 'code', await codeNow());
    await sendKeys({ press: 'Enter' });
  };
  const screens: ScreenCase[] = [
    {
      tag: 'bank-login',
      secret: 'password',
      submit: (root) => submitLogin(root, DEFAULT.contractId, DEFAULT.password),
    },
    {
      tag: 'bank-register-auth',
      secret: 'password',
      submit: (root) => submitLogin(root, DEFAULT.contractId, DEFAULT.password),
    },
    {
      tag: 'bank-deactivate-auth',
      secret: 'password',
      submit: (root) => submitLogin(root, TOKEN_HOLDER.contractId, TOKEN_HOLDER.password),
    },
    {
      tag: 'bank-login-otp',
      secret: 'code',
      properties: codeStep(() => demo.bank.login(TOKEN_HOLDER.contractId, TOKEN_HOLDER.password)),
      submit: submitCode,
    },
    {
      tag: 'bank-deactivate-otp',
      secret: 'code',
      properties: codeStep(() => demo.bank.startDeactivation(TOKEN_HOLDER.contractId, TOKEN_HOLDER.password)),
      submit: submitCode,
    },
    {
      tag: 'bank-register-token',
      secret: 'code',
      properties: codeStep(() => demo.bank.startRegistration(DEFAULT.contractId, DEFAULT.password)),
      submit: async (root) => {
        const token = okOf(await demo.device.install('desktop', clock.now())).token;
        await typeInto(root, 'credential-id', formatCredentialId(token.credentialId));
        await typeInto(root, 'code', (await demo.device.code(token, clock.now())).code);
        await sendKeys({ press: 'Enter' });
      },
    },
  ];

  describe('on a bank screen', () => {
    for (const { tag, secret, properties, submit } of screens) {
      for (const locale of ['ja', 'en'] as const) {
        it(`<${tag}>: another tab's newer version is said with 再読み込み, the ${secret} cleared, nothing written (${locale})`, async () => {
          const own = (await properties?.()) ?? {};
          const before = await customersOnDisk();
          const { element, root } = await mountScreen(tag, { bank: demo.bank, locale, ...own });
          await newerBuildOpens();
          await submit(root);
          await expectFault(element, 'newer-version', locale);
          expect(root.querySelector<HTMLInputElement>(`#${secret}`)!.value).to.equal('');
          expect(await customersOnDisk()).to.deep.equal(before);
          await expect(element).to.be.accessible();
        });
      }

      it(`<${tag}>: a write refused midway is said with 再読み込み, the ${secret} cleared, nothing written`, async () => {
        const own = (await properties?.()) ?? {};
        const { element, root } = await mountScreen(tag, { bank: refusingBank('audit'), ...own });
        const before = await bankState(demo.databases.bank);
        await submit(root);
        await expectFault(element, 'failed');
        expect(root.querySelector<HTMLInputElement>(`#${secret}`)!.value).to.equal('');
        expect(await bankState(demo.databases.bank)).to.deep.equal(before);
        // The notice goes when the person tries again (and the bank answers this time).
        (element as Element & { bank: Bank }).bank = demo.bank;
        await submit(root);
        const submitButton = root.querySelector<HTMLButtonElement>('button[type=submit]')!;
        await waitUntil(() => !root.querySelector('.fault') && !submitButton.disabled, 'the notice stayed');
      });
    }
  });

  it('<bank-account>: a logout refused midway, and an account that can no longer be read, are said', async () => {
    const session = await demo.bank.login(DEFAULT.contractId, DEFAULT.password);
    if (!session.ok || session.next !== 'account') throw new Error('expected a session');
    const { element, root } = await mountScreen('bank-account', {
      bank: refusingBank('audit'),
      sessionId: session.sessionId,
    });
    await waitUntil(() => shadowText(element).includes('山田 太郎'), 'no account shown');
    const before = await bankState(demo.databases.bank);
    root.querySelector<HTMLButtonElement>('.actions button')!.click();
    await expectFault(element, 'failed');
    expect(await bankState(demo.databases.bank)).to.deep.equal(before);

    await newerBuildOpens();
    const again = await mountScreen('bank-account', { bank: demo.bank, sessionId: session.sessionId });
    await expectFault(again.element, 'newer-version');
  });

  it('<bank-counter>: an unlock refused midway leaves the customer locked; a newer version stops the log', async () => {
    await lockCustomer(demo, DEFAULT.contractId);
    const { element, root } = await mountScreen('bank-counter', { bank: refusingBank('audit') });
    const unlock = () =>
      [...root.querySelectorAll<HTMLButtonElement>('#customers button')].find((button) =>
        button.textContent!.includes(`${DEFAULT.contractId} のロックを解除`),
      );
    await waitUntil(unlock, 'no unlock button');
    unlock()!.click();
    await expectFault(element, 'failed');
    expect(await demo.bank.customer(DEFAULT.contractId)).to.include({ locked: true, failedAttempts: 5 });

    await newerBuildOpens();
    const counter = await mountScreen('bank-counter', { bank: demo.bank });
    await expectFault(counter.element, 'newer-version');
  });

  describe('<soft-token-panel>', () => {
    async function panel() {
      const element = await fixture<SoftTokenPanel>(
        html`<soft-token-panel .device=${demo.device} .clock=${clock}></soft-token-panel>`,
      );
      await waitUntil(() => element.shadowRoot!.querySelectorAll('soft-token').length === 1, 'no token');
      return { element, root: element.shadowRoot! };
    }
    const installButton = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('[data-kind=mobile]')!;

    it('an install under a newer version is said with 再読み込み; nothing is installed', async () => {
      const { element, root } = await panel();
      await newerBuildOpens('token');
      installButton(root).click();
      await expectFault(element, 'newer-version');
      expect(root.querySelectorAll('soft-token')).to.have.length(1);
      expect(shadowText(element)).not.to.contain(messagesIn('ja').token.installFailed);
      await expect(element).to.be.accessible();
    });

    for (const [action, label] of [
      ['uninstall', 'アンインストール'],
      ['lose', '端末を紛失'],
    ] as const) {
      it(`${action} under a newer version is said with 再読み込み; the app stays`, async () => {
        const { element, root } = await panel();
        await newerBuildOpens('token');
        const token = root.querySelector('soft-token')!;
        const ask = [...token.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
          (button) => button.textContent!.trim() === label,
        )!;
        ask.click();
        await waitUntil(() => token.shadowRoot!.querySelector('dialog[open]'), 'no question asked');
        const confirm = [
          ...token.shadowRoot!.querySelectorAll<HTMLButtonElement>('dialog[open] button'),
        ].find((button) => button.textContent!.trim() === label)!;
        confirm.click();
        await expectFault(element, 'newer-version');
        expect(root.querySelectorAll('soft-token')).to.have.length(1);
      });
    }
  });

  describe('<trainer-bar>', () => {
    /** The open tools, with one tool's popover open (its content is in the page only then). */
    async function bar(tool?: 'scenarios' | 'customers', withDemo: Demo = demo) {
      const element = await fixture<TrainerBar>(html`<trainer-bar .demo=${withDemo} open></trainer-bar>`);
      const root = element.shadowRoot!;
      await waitUntil(() => root.querySelector('button[popovertarget]'), 'no tools shown');
      if (tool) {
        root.querySelector<HTMLButtonElement>(`button[popovertarget=${tool}]`)!.click();
        await waitUntil(() => root.querySelector(`#${tool} button`), `${tool} did not open`);
      }
      if (tool === 'customers') {
        await waitUntil(() => root.querySelectorAll('tbody tr').length > 0, 'no customers listed');
      }
      return { element, root };
    }
    const buttonNamed = (root: ShadowRoot, name: string) =>
      [...root.querySelectorAll<HTMLButtonElement>('button')].find(
        (button) => button.textContent!.trim() === name,
      )!;

    it('a customer added under a refused write: said with 再読み込み, the password cleared, nobody added', async () => {
      const { element, root } = await bar('customers', { ...demo, bank: refusingBank('audit') });
      const before = await demo.bank.listCustomers();
      for (const [field, value] of [
        ['contract-id', '5555666677'],
        ['password', 'Extra1234'],
        ['name', '追加 花子'],
        ['balance', '1000'],
      ]) {
        await typeInto(root, `new-${field}`, value);
      }
      await sendKeys({ press: 'Enter' });
      await expectFault(element, 'failed');
      expect(root.querySelector<HTMLInputElement>('#new-password')!.value).to.equal('');
      expect(root.querySelector<HTMLInputElement>('#new-contract-id')!.value).to.equal('5555666677');
      expect(await demo.bank.listCustomers()).to.deep.equal(before);
      await expect(element).to.be.accessible();
    });

    it('a scenario under a newer version: said with 再読み込み', async () => {
      const { element, root } = await bar('scenarios');
      await newerBuildOpens();
      buttonNamed(root, 'トークン登録済み').click();
      await expectFault(element, 'newer-version');
      await expect(element).to.be.accessible();
    });

    it('a reset under a newer version: said with 再読み込み', async () => {
      const { element, root } = await bar();
      await newerBuildOpens();
      buttonNamed(root, 'デモを初期状態に戻す').click();
      await waitUntil(() => root.querySelector('dialog[open]'), 'no question asked');
      buttonNamed(root, '初期状態に戻す').click();
      await expectFault(element, 'newer-version');
    });
  });

  it("<guided-rehearsal>: the rehearsal's setup under a newer version is said with 再読み込み", async () => {
    const element = await fixture<GuidedRehearsal>(
      html`<guided-rehearsal .demo=${demo} open></guided-rehearsal>`,
    );
    const root = element.shadowRoot!;
    await newerBuildOpens();
    root.querySelector<HTMLButtonElement>('button.start')!.click();
    await expectFault(element, 'newer-version');
    expect(root.querySelector('.overlay')).to.equal(null);
    expect(root.querySelector('.problem')).to.equal(null);
    await expect(element).to.be.accessible();
  });
});
