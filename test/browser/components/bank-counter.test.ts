import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/bank-counter.js';
import { AUDIT_OPERATIONS, type AuditEntry } from '../../../src/bank/schema.js';
import { createClock } from '../../../src/clock.js';
import { openDemo, type Demo } from '../../../src/demo.js';
import { ja, type Locale } from '../../../src/i18n/index.js';
import { toolMessagesFor } from '../../../src/i18n/tool-messages.js';
import { formatCredentialId, type InstalledToken } from '../../../src/token/device.js';
import { deleteDatabase } from '../store/helpers.js';
import { runBankScreenSuite } from './bank-screen.suite.js';
import { VIP_MAX_FAILURES } from '../../../src/vip/service.js';
import {
  lockCredential,
  mountOnDemo,
  mountScreen,
  nextEvent,
  shadowText,
  wrongCode,
  messagesIn,
} from './fixtures.js';

/**
 * The counter once it has read the customers. Its log starts empty, for the tests that count every
 * entry, unless `seedLog` keeps the seed's (the five failed logins that locked 3456789012).
 */
async function counter(locale: Locale = 'ja', { seedLog = false } = {}) {
  const mounted = await mountOnDemo('bank-counter', async ({ demo }) => {
    if (!seedLog) await demo.databases.bank.write(['audit'], (tx) => tx.store('audit').clear());
    return { locale };
  });
  await waitUntil(
    () => mounted.root.querySelectorAll('#customers tbody tr').length > 0,
    'no customers listed',
  );
  return mounted;
}

/** What each customer row shows, cell by cell, without its buttons. */
function rows(root: ShadowRoot) {
  return [...root.querySelectorAll('#customers tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td:not(.actions)')].map((cell) => cell.textContent!.trim()),
  );
}

function button(root: ShadowRoot, text: string) {
  return [...root.querySelectorAll<HTMLButtonElement>('#customers tbody button')].find(
    (candidate) => candidate.textContent!.trim() === text,
  )!;
}

/** What each audit log row shows: time, contract ID, operation, result, token ID. */
function logRows(root: ShadowRoot) {
  return [...root.querySelectorAll('#log tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim()),
  );
}

/** The "n–m / total" beside the paging buttons, as shown. */
function range(root: ShadowRoot) {
  return root.querySelector('.range')!.textContent!.replace(/\s+/g, ' ').trim();
}

function shownRange(root: ShadowRoot) {
  return root.querySelector('.range [aria-hidden]')?.textContent ?? range(root);
}

async function rangeShown(root: ShadowRoot, text: string, timeout = 5000) {
  await waitUntil(() => shownRange(root) === text, `the log never showed ${text}`, { timeout });
}

function pager(root: ShadowRoot, direction: 'first' | 'previous' | 'next' | 'last') {
  return root.querySelector<HTMLButtonElement>(`button[data-page=${direction}]`)!;
}

/** Which paging buttons are usable, in order: first, previous, next, last. */
function usable(root: ShadowRoot) {
  return (['first', 'previous', 'next', 'last'] as const).map(
    (direction) => pager(root, direction).getAttribute('aria-disabled') === 'false',
  );
}

/** Moves focus to the paging button with Tab, as a person would, and presses it. */
async function press(root: ShadowRoot, direction: 'first' | 'previous' | 'next' | 'last') {
  pager(root, direction).focus();
  await sendKeys({ press: 'Enter' });
}

/** Picks an option of a filter by keyboard: focus the select, then arrow keys to the option. */
async function choose(root: ShadowRoot, id: string, value: string) {
  const select = root.querySelector<HTMLSelectElement>(`#${id}`)!;
  const target = [...select.options].findIndex((option) => option.value === value);
  expect(target, `${id} has no option ${value}`).to.be.at.least(0);
  select.focus();
  while (select.selectedIndex !== target) {
    await sendKeys({ press: select.selectedIndex < target ? 'ArrowDown' : 'ArrowUp' });
  }
}

const m = toolMessagesFor('ja').counter;

const CUSTOMERS = ['1234567890', '2345678901', '3456789012'];
const BASE_TIME = Date.UTC(2026, 10, 24, 0, 0, 0);
const dateTime = (i: number, locale: Locale = 'ja') =>
  messagesIn(locale).common.dateTime(BASE_TIME + i * 1000);

/**
 * Entry `i` of a synthetic log: customer i mod 3, operation i mod 10, a failure every 4th, so a
 * customer+operation pair is every 30th entry.
 */
function syntheticEntry(i: number): AuditEntry {
  return {
    time: BASE_TIME + i * 1000,
    contractId: CUSTOMERS[i % 3],
    operation: AUDIT_OPERATIONS[i % 10],
    result: i % 4 === 0 ? 'wrong-password' : 'ok',
  };
}

/** Writes entries 0 … count-1 straight into the bank's store, `batch` per write transaction. */
async function writeLog(demo: Demo, count: number, batch = 5000) {
  for (let first = 0; first < count; first += batch) {
    await demo.databases.bank.write(['audit'], async (tx) => {
      const audit = tx.store('audit');
      const adds: Promise<number>[] = [];
      for (let i = first; i < Math.min(count, first + batch); i++) adds.push(audit.add(syntheticEntry(i)));
      await Promise.all(adds);
    });
  }
}

/** What row `i` of the synthetic log shows. */
function syntheticRow(i: number, locale: Locale = 'ja') {
  const m = toolMessagesFor(locale).counter;
  const entry = syntheticEntry(i);
  return [dateTime(i, locale), entry.contractId, m.operations[entry.operation], m.results[entry.result], ''];
}

describe('<bank-counter>', () => {
  runBankScreenSuite({
    tag: 'bank-counter',
    label: { selector: 'thead th', ja: '契約者ID', en: 'Contract ID' },
  });

  const seeded = {
    ja: {
      locked: 'ロック中',
      active: '利用可',
      none: '未登録',
      names: ['山田 太郎', '佐藤 花子', '鈴木 一郎'],
    },
    en: {
      locked: 'Locked',
      active: 'Active',
      none: 'None',
      names: ['Taro Yamada', 'Hanako Sato', 'Ichiro Suzuki'],
    },
  };
  for (const locale of ['ja', 'en'] as const) {
    it(`lists the three seeded customers and is axe clean (${locale})`, async () => {
      const { element, root, demo } = await counter(locale);
      const [token] = await demo.device.list();
      const words = seeded[locale];
      // The bank's state and failures, then the registered token's at the validation service.
      expect(rows(root)).to.deep.equal([
        ['1234567890', words.names[0], words.none, words.active, '0', '—', '—'],
        [
          '2345678901',
          words.names[1],
          formatCredentialId(token.credentialId),
          words.active,
          '0',
          words.active,
          '0',
        ],
        // Locked as a lock comes about: the five failures in a row that locked him.
        ['3456789012', words.names[2], words.none, words.locked, '5', '—', '—'],
      ]);
      await expect(element).to.be.accessible();
    });
  }

  /** The reset question, while it is open. */
  function question(root: ShadowRoot) {
    return root.querySelector<HTMLDialogElement>('dialog[open]');
  }

  async function askToReset(root: ShadowRoot, contractId: string) {
    button(root, `${contractId} のトークン IDをリセット`).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => question(root), 'the reset was not asked about');
    return question(root)!;
  }

  for (const answer of ['Cancel', 'Escape'] as const) {
    it(`asks before resetting a token ID; ${answer} changes nothing and gives the focus back`, async () => {
      const { element, root, demo } = await counter();
      const [token] = await demo.device.list();
      let fired = false;
      element.addEventListener('token-reset', () => (fired = true));
      const before = await demo.bank.customer('2345678901');
      const dialog = await askToReset(root, '2345678901');
      expect(dialog.getAttribute('role')).to.equal('alertdialog');
      expect(dialog.textContent!.replace(/\s+/g, ' ')).to.include(
        m.resetTokenConfirm('2345678901', formatCredentialId(token.credentialId)),
      );
      const cancel = dialog.querySelector<HTMLButtonElement>('button.cancel')!;
      expect(cancel.textContent!.trim()).to.equal(m.cancel);
      expect(root.activeElement).to.equal(cancel);
      await expect(element).to.be.accessible();
      await sendKeys({ press: answer === 'Cancel' ? 'Enter' : 'Escape' });
      await waitUntil(() => !question(root), 'the question stayed open');
      await element.updateComplete;
      expect(root.activeElement).to.equal(button(root, '2345678901 のトークン IDをリセット'));
      expect(await demo.bank.customer('2345678901')).to.deep.equal(before);
      expect(fired).to.equal(false);
      expect(rows(root)[1][2]).to.equal(formatCredentialId(token.credentialId));
      expect(root.querySelector('[role=status].outcome')!.textContent).to.equal('');
    });
  }

  it('asks in English too', async () => {
    const { root, demo } = await counter('en');
    const [token] = await demo.device.list();
    button(root, 'Reset the token ID of 2345678901').click();
    await waitUntil(() => question(root), 'the reset was not asked about');
    const en = toolMessagesFor('en').counter;
    expect(question(root)!.textContent!.replace(/\s+/g, ' ')).to.include(
      en.resetTokenConfirm('2345678901', formatCredentialId(token.credentialId)),
    );
    expect([...question(root)!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal([
      en.resetTokenConfirmButton,
      en.cancel,
    ]);
  });

  it('shows in the log the five wrong passwords that locked the seeded 3456789012', async () => {
    const { root } = await counter('ja', { seedLog: true });
    await waitUntil(() => logRows(root).length === 5, 'the log does not show the five failures');
    expect(
      logRows(root).map(([, contractId, operation, result]) => [contractId, operation, result]),
    ).to.deep.equal(Array.from({ length: 5 }, () => ['3456789012', 'ログイン', 'パスワード誤り']));
  });

  it('resets the token ID of 2345678901 by keyboard once confirmed: token-reset, and the bank holds no token for it', async () => {
    const { element, root, demo } = await counter();
    const [token] = await demo.device.list();
    const reset = nextEvent<{ contractId: string; credentialId: string }>(element, 'token-reset');
    const dialog = await askToReset(root, '2345678901');
    // From キャンセル, which has the focus, back to the button that resets.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(root.activeElement!.textContent!.trim()).to.equal(m.resetTokenConfirmButton);
    expect(dialog.querySelector('button.danger')).to.equal(root.activeElement);
    await sendKeys({ press: 'Enter' });
    const event = await reset;
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    expect(event.detail).to.deep.equal({ contractId: '2345678901', credentialId: token.credentialId });
    expect((await demo.bank.customer('2345678901'))!.credentialId).to.equal(null);
    await waitUntil(() => rows(root)[1][2] === '未登録', 'the list still shows the token');
    const outcome = root.querySelector<HTMLElement>('[role=status].outcome')!;
    expect(outcome.textContent).to.equal(
      '2345678901 のトークン IDをリセットしました。新しいトークンで利用登録できます。',
    );
    // The button went with the token: focus is on the outcome, not lost to the page.
    await waitUntil(() => root.activeElement === outcome, 'focus was lost with the button');
    // The reset is the log's newest entry, with the token ID it cleared.
    await waitUntil(() => logRows(root).length === 1, 'the log did not show the reset');
    expect(logRows(root)).to.deep.equal([
      [
        ja.common.dateTime(demo.clock.now()),
        '2345678901',
        '窓口：トークン IDリセット',
        '成功',
        formatCredentialId(token.credentialId),
      ],
    ]);
  });

  it('unlocks 3456789012 by keyboard: customer-unlocked, and the bank lets the customer in again', async () => {
    const { element, root, demo } = await counter();
    const unlocked = nextEvent<{ contractId: string }>(element, 'customer-unlocked');
    button(root, '3456789012 のロックを解除').focus();
    await sendKeys({ press: 'Enter' });
    const event = await unlocked;
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    expect(event.detail).to.deep.equal({ contractId: '3456789012' });
    expect((await demo.bank.customer('3456789012'))!.locked).to.equal(false);
    await waitUntil(() => rows(root)[2][3] === '利用可', 'the list still shows the lock');
    expect(root.querySelector('[role=status].outcome')!.textContent).to.equal(
      '3456789012 のロックを解除しました。',
    );
    expect(button(root, '3456789012 のロックを解除')).to.equal(undefined);
    await waitUntil(() => logRows(root)[0]?.[2] === '窓口：ロック解除', 'the log did not show the unlock');
  });

  it('says what it did in the language switched to afterwards', async () => {
    const { element, root } = await counter();
    button(root, '3456789012 のロックを解除').click();
    const outcome = root.querySelector('[role=status].outcome')!;
    await waitUntil(() => outcome.textContent !== '', 'nothing said about the unlock');
    expect(outcome.textContent).to.equal(m.unlocked('3456789012'));

    element.setAttribute('locale', 'en');
    const en = toolMessagesFor('en').counter;
    await waitUntil(() => shadowText(element).includes(en.title), 'the counter is not in English');
    expect(outcome.textContent).to.equal(en.unlocked('3456789012'));
    await expect(element).to.be.accessible();
  });

  describe("the token's lock at the validation service", () => {
    const HOLDER = '2345678901';

    /** Five wrong codes at A1: the bank locks the customer; the service counts five. */
    async function fiveWrongCodes(demo: Demo, token: InstalledToken) {
      const login = await demo.bank.login(HOLDER, 'Demo2345');
      if (!login.ok || login.next !== 'otp') throw new Error('expected the OTP step');
      const wrong = await wrongCode(demo, token, demo.clock.now());
      for (let i = 0; i < 5; i++) await demo.bank.confirmLoginOtp(login.ticket, wrong);
    }

    async function unlockByKeyboard(element: HTMLElement, root: ShadowRoot) {
      const unlocked = nextEvent(element, 'customer-unlocked');
      button(root, `${HOLDER} のロックを解除`).focus();
      await sendKeys({ press: 'Enter' });
      await unlocked;
    }

    it("shows it beside the bank's; one unlock clears both, logged with the token, again and again", async () => {
      const { element, root, demo } = await counter();
      const [token] = await demo.device.list();
      const shownId = formatCredentialId(token.credentialId);
      for (let round = 0; round < 2; round++) {
        await fiveWrongCodes(demo, token);
        await element.refresh();
        await waitUntil(() => rows(root)[1][3] === 'ロック中', 'the lock is not shown');
        expect(rows(root)[1]).to.deep.equal([HOLDER, '佐藤 花子', shownId, 'ロック中', '5', '利用可', '5']);

        await unlockByKeyboard(element, root);
        await waitUntil(() => rows(root)[1][3] === '利用可', 'the list still shows the lock');
        expect(rows(root)[1]).to.deep.equal([HOLDER, '佐藤 花子', shownId, '利用可', '0', '利用可', '0']);
        expect(root.querySelector('[role=status].outcome')!.textContent).to.equal(
          `${HOLDER} のロックと、トークン ${shownId} のロック（認証サービス）を解除しました。`,
        );
        await waitUntil(
          () => logRows(root)[0]?.[2] === '窓口：ロック解除',
          'the log did not show the unlock',
        );
        expect(logRows(root)[0]).to.deep.equal([
          ja.common.dateTime(demo.clock.now()),
          HOLDER,
          '窓口：ロック解除',
          '成功',
          shownId,
        ]);
      }
      // Ten wrong codes in all, never ten in a row at the service: the right code logs in.
      const login = await demo.bank.login(HOLDER, 'Demo2345');
      if (!login.ok || login.next !== 'otp') throw new Error('expected the OTP step');
      const { code } = await demo.device.code(token, demo.clock.now());
      expect((await demo.bank.confirmLoginOtp(login.ticket, code)).ok).to.equal(true);
    });

    it('offers the unlock for a token locked at the service alone, and it lifts that lock', async () => {
      const { element, root, demo } = await counter();
      const [token] = await demo.device.list();
      await lockCredential(demo, token, demo.clock.now());
      await element.refresh();
      await waitUntil(() => rows(root)[1][5] === 'ロック中', "the token's lock is not shown");
      expect(rows(root)[1].slice(3)).to.deep.equal(['利用可', '0', 'ロック中', String(VIP_MAX_FAILURES)]);
      await unlockByKeyboard(element, root);
      await waitUntil(() => rows(root)[1][5] === '利用可', "the list still shows the token's lock");
      expect((await demo.bank.customer(HOLDER))!.credential).to.deep.equal({
        failedAttempts: 0,
        locked: false,
      });
      await expect(element).to.be.accessible();
    });
  });

  describe('audit log', () => {
    it('says there is nothing yet, then shows what refresh() finds, newest first, never a password or code', async () => {
      const { element, root, demo } = await counter();
      await waitUntil(() => range(root) === '該当する記録はありません。', 'no empty log message');
      expect(logRows(root)).to.deep.equal([]);
      expect(usable(root)).to.deep.equal([false, false, false, false]);

      const [token] = await demo.device.list();
      await demo.bank.login('1234567890', 'Wrong-password-1');
      await demo.bank.login('9999999999', 'Whatever-1');
      const login = await demo.bank.login('2345678901', 'Demo2345');
      if (!login.ok || login.next !== 'otp') throw new Error('expected the OTP step');
      const { code } = await demo.device.code(token, demo.clock.now());
      await demo.bank.confirmLoginOtp(login.ticket, code);
      await element.refresh();
      await element.updateComplete;

      const time = ja.common.dateTime(demo.clock.now());
      expect(logRows(root)).to.deep.equal([
        [
          time,
          '2345678901',
          'ログイン（ワンタイムパスワード認証）',
          '成功',
          formatCredentialId(token.credentialId),
        ],
        [time, '2345678901', 'ログイン', '成功', ''],
        // An unknown contract ID is logged masked (it may be a code typed into the wrong field).
        [time, '99******99', 'ログイン', '契約者ID不明', ''],
        [time, '1234567890', 'ログイン', 'パスワード誤り', ''],
      ]);
      expect(shownRange(root)).to.equal('1–4 / 4件');
      expect(root.querySelector('.range .sr-only')!.textContent).to.equal(
        '全4件中 1件目から4件目を表示しています。',
      );
      const text = shadowText(element);
      for (const secret of ['Wrong-password-1', 'Whatever-1', 'Demo2345', code])
        expect(text).not.to.contain(secret);
    });

    for (const locale of ['ja', 'en'] as const) {
      it(`labels its filters, table and paging, and is axe clean with entries (${locale})`, async () => {
        const { element, root, demo } = await counter(locale);
        await writeLog(demo, 120);
        await element.refresh();
        await rangeShown(root, locale === 'ja' ? '1–50 / 120件' : '1–50 / 120');
        const m = toolMessagesFor(locale).counter;

        const labels = [...root.querySelectorAll('.filters label')].map((label) => [
          label.textContent!.trim(),
          root.getElementById(label.getAttribute('for')!)!.tagName,
        ]);
        expect(labels).to.deep.equal([
          [m.filterCustomer, 'SELECT'],
          [m.filterOperation, 'SELECT'],
        ]);
        const operations = [...root.querySelectorAll('#filter-operation option')].map((o) =>
          o.textContent!.trim(),
        );
        expect(operations).to.deep.equal([
          m.allOperations,
          ...AUDIT_OPERATIONS.map((op) => m.operations[op]),
        ]);
        const customers = [...root.querySelectorAll<HTMLOptionElement>('#filter-customer option')].map(
          (option) => option.value,
        );
        expect(customers).to.deep.equal(['', ...CUSTOMERS]);
        expect(root.querySelector('#log caption')!.textContent!.trim()).to.equal(m.logCaption);
        expect(
          [...root.querySelectorAll('#log thead th')].every((th) => th.getAttribute('scope') === 'col'),
        ).to.equal(true);
        expect(root.querySelector('nav.pager')!.getAttribute('aria-label')).to.equal(m.pages);
        expect(root.querySelector('.range')!.getAttribute('role')).to.equal('status');
        expect(logRows(root)[0]).to.deep.equal(syntheticRow(119, locale));
        await expect(element).to.be.accessible();
      });
    }

    it('pages 50 at a time by keyboard, newest first, keeping focus on the button pressed', async () => {
      const { element, root, demo } = await counter();
      await writeLog(demo, 120);
      await element.refresh();
      await rangeShown(root, '1–50 / 120件');
      expect(logRows(root)).to.have.length(50);
      expect(logRows(root)[0]).to.deep.equal(syntheticRow(119));
      expect(logRows(root)[49]).to.deep.equal(syntheticRow(70));
      expect(usable(root)).to.deep.equal([false, false, true, true]);

      await press(root, 'next');
      await rangeShown(root, '51–100 / 120件');
      expect(logRows(root)[0]).to.deep.equal(syntheticRow(69));
      expect(root.activeElement).to.equal(pager(root, 'next'));
      expect(root.querySelector('.range .sr-only')!.textContent).to.equal(
        '全120件中 51件目から100件目を表示しています。',
      );

      await sendKeys({ press: 'Enter' });
      await rangeShown(root, '101–120 / 120件');
      expect(logRows(root).map((row) => row[0])).to.deep.equal(
        Array.from({ length: 20 }, (_, k) => dateTime(19 - k)),
      );
      // At the end, 次へ stays in the tab order (aria-disabled) and does nothing.
      expect(usable(root)).to.deep.equal([true, true, false, false]);
      expect(root.activeElement).to.equal(pager(root, 'next'));
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(shownRange(root)).to.equal('101–120 / 120件');

      await press(root, 'previous');
      await rangeShown(root, '51–100 / 120件');
      expect(logRows(root)[49]).to.deep.equal(syntheticRow(20));
      await press(root, 'first');
      await rangeShown(root, '1–50 / 120件');
      await press(root, 'last');
      await rangeShown(root, '101–120 / 120件');
      expect(logRows(root)[19]).to.deep.equal(syntheticRow(0));
    });

    it('filters by customer and operation by keyboard, and starts again from the newest page', async () => {
      const { element, root, demo } = await counter('en');
      await writeLog(demo, 120);
      await element.refresh();
      await press(root, 'next');
      await rangeShown(root, '51–100 / 120');

      await choose(root, 'filter-customer', '2345678901');
      await rangeShown(root, '1–40 / 40');
      expect(logRows(root)[0]).to.deep.equal(syntheticRow(118, 'en'));
      expect(logRows(root).every((row) => row[1] === '2345678901')).to.equal(true);

      await choose(root, 'filter-operation', 'login-otp');
      // Entries 1, 31, 61, 91: customer 1 mod 3 and operation 1 mod 10.
      await rangeShown(root, '1–4 / 4');
      expect(logRows(root)).to.deep.equal([91, 61, 31, 1].map((i) => syntheticRow(i, 'en')));

      await choose(root, 'filter-customer', '');
      await rangeShown(root, '1–12 / 12');
      expect(logRows(root).every((row) => row[2] === 'Login, one-time password')).to.equal(true);

      await choose(root, 'filter-operation', 'staff-unlock');
      await choose(root, 'filter-customer', '1234567890');
      await rangeShown(root, '1–4 / 4');
      expect(logRows(root)).to.deep.equal([108, 78, 48, 18].map((i) => syntheticRow(i, 'en')));
    });

    it('keeps its page when refresh() finds newer entries, and says where it now is', async () => {
      const { element, root, demo } = await counter();
      await writeLog(demo, 120);
      await element.refresh();
      await press(root, 'next');
      await rangeShown(root, '51–100 / 120件');
      const before = logRows(root);

      await demo.bank.login('1234567890', 'Wrong-password-1');
      await demo.bank.login('1234567890', 'Wrong-password-1');
      await element.refresh();
      await rangeShown(root, '53–102 / 122件');
      expect(logRows(root)).to.deep.equal(before);

      // After a reset of the demo the page's entries are gone: back to the newest page, the seed's log.
      await demo.resetToSeed();
      await element.refresh();
      await waitUntil(
        () => shownRange(root) === '1–5 / 5件',
        'the reset log is not shown from its newest page',
      );
      expect(logRows(root).every(([, contractId]) => contractId === '3456789012')).to.equal(true);
    });
  });
});

describe('<bank-counter> with 100,000 audit entries in IndexedDB', function () {
  const APP_DATABASES = ['otp-rehearsal-bank', 'otp-rehearsal-vip', 'otp-rehearsal-token'];
  const ENTRIES = 100_000;
  let demo: Demo;

  before(async function () {
    // Writing 100,000 entries (four indexes each) takes Chromium some 20 s on two cores.
    this.timeout(120_000);
    for (const name of APP_DATABASES) await deleteDatabase(name);
    const clock = createClock({ realNow: () => BASE_TIME + ENTRIES * 1000 });
    clock.freeze();
    demo = await openDemo({ passwordIterations: 1000, clock });
    await demo.ready;
    expect(demo.storage.kind).to.equal('indexeddb');
    // The synthetic log alone: the seed's (a locked customer's five failed logins) is cleared.
    await demo.databases.bank.write(['audit'], (tx) => tx.store('audit').clear());
    await writeLog(demo, ENTRIES);
  });

  after(async () => {
    demo?.close();
    for (const name of APP_DATABASES) await deleteDatabase(name);
  });

  async function console100k() {
    const mounted = await mountScreen('bank-counter', { bank: demo.bank });
    await rangeShown(mounted.root, '1–50 / 100,000件', 10_000);
    return mounted;
  }

  it('shows the newest 50 of 100,000 first, and reaches the oldest page and back', async () => {
    const { root } = await console100k();
    expect(logRows(root)).to.deep.equal(Array.from({ length: 50 }, (_, k) => syntheticRow(99_999 - k)));

    await press(root, 'next');
    await rangeShown(root, '51–100 / 100,000件');
    expect(logRows(root)[0]).to.deep.equal(syntheticRow(99_949));

    await press(root, 'last');
    await rangeShown(root, '99,951–100,000 / 100,000件');
    expect(logRows(root)).to.deep.equal(Array.from({ length: 50 }, (_, k) => syntheticRow(49 - k)));

    await press(root, 'previous');
    await rangeShown(root, '99,901–99,950 / 100,000件');
    expect(logRows(root)[49]).to.deep.equal(syntheticRow(50));
  });

  it('filters 100,000 entries by customer and operation, newest first, to the last page', async () => {
    const { root } = await console100k();
    await choose(root, 'filter-customer', '2345678901');
    await rangeShown(root, '1–50 / 33,333件');
    expect(logRows(root)[0]).to.deep.equal(syntheticRow(99_997));

    await choose(root, 'filter-operation', 'login-otp');
    // Customer 1 mod 3 and operation 1 mod 10: entries 1, 31, …, 99,991.
    await rangeShown(root, '1–50 / 3,334件');
    expect(logRows(root)).to.deep.equal(Array.from({ length: 50 }, (_, k) => syntheticRow(99_991 - 30 * k)));

    await press(root, 'last');
    await rangeShown(root, '3,301–3,334 / 3,334件');
    expect(logRows(root)).to.deep.equal(Array.from({ length: 34 }, (_, k) => syntheticRow(991 - 30 * k)));
    expect(logRows(root)[33]).to.deep.equal(syntheticRow(1));

    await press(root, 'previous');
    await rangeShown(root, '3,251–3,300 / 3,334件');
    expect(logRows(root)[0]).to.deep.equal(syntheticRow(2_491));
  });
});
