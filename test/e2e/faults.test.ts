/**
 * Trust under faults (issue 11), on the production build: a code the token shows is never a step
 * towards a lockout; storage failing under the page is said, with 再読み込み; storage is chosen for
 * the three parties together, and nothing on disk is cleared but by a reset; the counter clears the
 * validation service's lock too; two tabs of one browser show one demo.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSuite, expectScreen, type App } from './harness.js';
import {
  DEFAULT,
  applyScenario,
  codeOf,
  confirmOtp,
  expectHeading,
  installToken,
  login,
  mainText,
  nextCode,
  openTrainerTool,
  register,
  toggleTrainerTools,
  shownTokenIds,
  tokenIds,
  trainerButton,
  trainerTools,
} from './procedure.js';

const { start } = e2eSuite();

const SATO = { contractId: '2345678901', password: 'Demo2345' };

/** The seconds-to-wait sentence of a code already used, and the tries-left sentence it never has. */
const REPLAYED =
  /このワンタイムパスワードはすでに使用されています。新しいワンタイムパスワードは\d+秒後に表示されます。/;
const TRIES_LEFT = /あと\d回誤ると/;

/**
 * Another tab of the same browser (same origin: the same IndexedDB and BroadcastChannel), watched
 * as the harness watches the first: no uncaught error, no console error. `path` '' opens the app;
 * any other path a page of the origin without the app.
 */
async function anotherTab(app: App, path = '') {
  const page = await app.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(app.baseUrl + path);
  return { page, errors };
}

/** A page of the origin that is not the app: only its IndexedDB is used. */
const NOT_THE_APP = 'not-the-app';

/** From a page of the origin, opens the bank's database at a newer version, as a newer build does. */
function openBankAsNewerBuild(page: Page) {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('otp-rehearsal-bank', 99);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
}

/** The keys of one object store on disk, sorted, read from `page`. */
function storeKeys(page: Page, database: string, store: string): Promise<string[]> {
  return page.evaluate(
    ([name, storeName]) =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction(storeName).objectStore(storeName).getAllKeys();
          read.onsuccess = () => {
            db.close();
            resolve((read.result as string[]).sort());
          };
          read.onerror = () => reject(read.error);
        };
      }),
    [database, store] as const,
  );
}

/** The credential IDs kept on disk by the device and by the validation service, read from `page`. */
async function onDisk(page: Page): Promise<{ device: string[]; service: string[] }> {
  return {
    device: await storeKeys(page, 'otp-rehearsal-token', 'tokens'),
    service: await storeKeys(page, 'otp-rehearsal-vip', 'credentials'),
  };
}

/** Six digits the token does not show now (nor, but for a one-in-a-million chance, next to now). */
const wrongFor = (code: string) => `${(Number(code[0]) + 5) % 10}${code.slice(1)}`;

/** The counter's row for a customer, cell by cell (header cell first, the actions cell left out). */
async function counterRow(page: Page, contractId: string): Promise<string[]> {
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: contractId, exact: true }) });
  return row
    .locator('th, td:not(.actions)')
    .allTextContents()
    .then((cells) => cells.map((c) => c.trim()));
}

describe('1. a code the token shows is never a step towards a lockout', () => {
  it('after −30秒, the code shown is refused again and again with the seconds to wait, and never locks', async () => {
    const { page } = await start();
    // 佐藤 花子's phone on the panel, as a trainer puts it there for this lesson.
    await applyScenario(page, 'トークン登録済み');
    const [token] = await shownTokenIds(page, 1);
    // The demo clock stands still, so the codes move only when the trainer moves them.
    await openTrainerTool(page, 'デモの時刻');
    await trainerButton(page, '時刻を止める').click();
    await toggleTrainerTools(page, false);
    await login(page, SATO.contractId, SATO.password);
    await confirmOtp(page, await codeOf(page, token));
    await expectScreen(page, 'account');
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await expectHeading(page, 'ログイン');

    await openTrainerTool(page, 'デモの時刻');
    const back = trainerButton(page, '−30秒');
    const before = await codeOf(page, token);
    await back.click();
    await expect.poll(() => codeOf(page, token)).not.toBe(before);
    // Beside it, the clock controls say what this does to codes already used.
    const note = await back.getAttribute('aria-describedby');
    expect(await trainerTools(page).locator(`#${note}`).textContent()).toContain(
      '一度使ったワンタイムパスワードは受け付けられません',
    );
    await toggleTrainerTools(page, false);

    await login(page, SATO.contractId, SATO.password);
    const codeField = page.getByLabel('ワンタイムパスワード', { exact: true });
    for (let attempt = 0; attempt < 7; attempt++) {
      await confirmOtp(page, await codeOf(page, token));
      await expect.poll(() => codeField.inputValue()).toBe(''); // answered: the code is cleared
      await expect.poll(() => mainText(page)).toMatch(REPLAYED);
      expect(await mainText(page)).not.toMatch(TRIES_LEFT);
      await expectScreen(page, 'A1');
    }
    // Never counted: a code the service has not seen yet logs in.
    await openTrainerTool(page, 'デモの時刻');
    await trainerButton(page, '+30秒').click();
    await trainerButton(page, '+30秒').click();
    await toggleTrainerTools(page, false);
    await expect.poll(() => codeOf(page, token)).not.toBe(before);
    await confirmOtp(page, await codeOf(page, token));
    await expectScreen(page, 'account');
  });

  it('registered, then logging in at once with the same code: the seconds to wait, no count', async () => {
    const { page } = await start();
    const token = await installToken(page, 'mobile');
    await nextCode(page, token); // the start of a 30 s step: the code holds for the whole test
    await register(page, token);
    await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();
    await login(page, DEFAULT.contractId, DEFAULT.password);
    await confirmOtp(page, await codeOf(page, token));
    await expect.poll(() => mainText(page)).toMatch(REPLAYED);
    expect(await mainText(page)).not.toMatch(TRIES_LEFT);
    const input = page.getByLabel('ワンタイムパスワード', { exact: true });
    expect(await input.inputValue()).toBe('');
  });
});

describe('2. storage failing under the page is said, with 再読み込み', () => {
  it('another tab opened the bank at a newer version: logging in says so, the password is cleared', async () => {
    const app = await start();
    const { page } = app;
    const other = await anotherTab(app, NOT_THE_APP);
    await openBankAsNewerBuild(other.page);

    await login(page, DEFAULT.contractId, DEFAULT.password);
    const notice = page.getByRole('main').getByRole('alert');
    await expect
      .poll(() => notice.textContent())
      .toContain('新しいバージョンのデモが別のタブで開かれたため、この画面では続けられません。');
    expect(await page.getByLabel('ログインパスワード', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('契約者ID(利用者番号)').inputValue()).toBe(DEFAULT.contractId);
    const reload = notice.getByRole('button', { name: '再読み込み' });
    const focused = await page
      .locator('bank-login')
      .evaluate((screen) => screen.shadowRoot!.activeElement?.className);
    expect(focused).toBe('fault');
    await app.screenshot('fault-newer-version');

    // 再読み込み reloads the page: this build cannot use the newer database, and says so.
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await expectHeading(page, 'ログイン');
    await expect.poll(() => mainText(page)).toContain('この端末ではデータを保存できないため');
    expect(other.errors).toEqual([]);
  });

  it('a rejection nothing handled is said by the page, never dropped', async () => {
    const app = await start();
    const { page } = app;
    // A storage failure no element caught, as the browser reports it: a real unhandled rejection.
    await page.evaluate(() => {
      const failure = Object.assign(new Error('otp-rehearsal-bank: quota'), {
        name: 'StorageError',
        reason: 'quota',
        database: 'otp-rehearsal-bank',
      });
      void Promise.reject(failure);
    });
    const notice = page.locator('otp-rehearsal-app').getByRole('alert');
    await expect.poll(() => notice.first().textContent()).toContain('ブラウザの保存容量がいっぱいのため');
    expect(await notice.first().getByRole('button', { name: '再読み込み' }).count()).toBe(1);
    // Said in words, so nothing is reported as uncaught (the harness checks after the test).
  });
});

describe('3. the three parties are kept together, and nothing on disk is cleared but by a reset', () => {
  it('a bank database held open at an old version: all three in memory, the tokens on disk kept', async () => {
    const app = await start();
    const { page } = app;
    const mine = await installToken(page, 'desktop');
    const other = await anotherTab(app, NOT_THE_APP);
    const before = await onDisk(other.page);
    expect(before.device).toContain(mine);

    // An old tab of an older build: the bank's database at its old version, held open and deaf to
    // the upgrade a newer build asks for. (This page's own connection closes for the deletion.)
    await other.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const deletion = indexedDB.deleteDatabase('otp-rehearsal-bank');
          deletion.onerror = () => reject(deletion.error);
          deletion.onsuccess = () => {
            const request = indexedDB.open('otp-rehearsal-bank', 1);
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const db = request.result;
              db.onversionchange = null;
              (window as unknown as { oldTab: IDBDatabase }).oldTab = db;
              resolve();
            };
          };
        }),
    );
    await page.reload();
    // The login page is on screen while the bank's database waits for the old tab, and a login sent
    // meanwhile is answered once the demo can run (here in memory, where the seed's customer has no
    // token yet: the account page).
    await login(page, DEFAULT.contractId, DEFAULT.password);
    // The bank's upgrade waits for the old tab a few seconds, then the demo runs in memory. (Chromium
    // does not always say the open is blocked by a tab in the background: then it waits 8 s.)
    // Its timer may start only once the reloaded page got that far (a busy machine): move the page's
    // time on while waiting, and read nothing until the bank window is there.
    await expect
      .poll(
        async () => {
          await page.clock.fastForward(1_000);
          return mainText(page).catch(() => '');
        },
        { timeout: 30_000 },
      )
      .toContain('この端末ではデータを保存できないため');
    await expectHeading(page, '口座情報');
    // All three in memory: the device shows the memory seed (no app), not the ones on disk.
    await expect.poll(() => tokenIds(page)).toHaveLength(0);
    expect(await tokenIds(page)).not.toContain(mine);
    await app.screenshot('fault-memory-fallback');

    // Nothing on disk was cleared: the device's and the service's tokens and secrets are all there.
    expect(await onDisk(other.page)).toEqual(before);
    expect(other.errors).toEqual([]);
    // The old tab stays open until the browser context closes: its database is of no build's shape.
  });

  it("a reload cuts a first visit's seed short, its tokens provisioned and the bank not yet written: the next load completes it", async () => {
    const app = await start();
    const { page, context } = app;
    // A first visit again: the three databases gone, deleted from a page of the origin without the app.
    await page.goto(app.baseUrl + NOT_THE_APP);
    await page.evaluate(() =>
      Promise.all(
        ['otp-rehearsal-bank', 'otp-rehearsal-vip', 'otp-rehearsal-token'].map(
          (name) =>
            new Promise<void>((resolve, reject) => {
              const deletion = indexedDB.deleteDatabase(name);
              deletion.onsuccess = () => resolve();
              deletion.onerror = () => reject(deletion.error);
            }),
        ),
      ),
    );
    // The bank's part of the seed (src/bank/seed.ts, a chunk of its own) is held: the seed has
    // provisioned the customers' tokens with the service and waits to write the bank.
    // Only the first page's request is held, never answered; the reloaded page's is let through.
    const BANK_SEED = /\/assets\/seed-[\w-]+\.js$/;
    let holding = true;
    await context.route(BANK_SEED, async (route) => {
      if (holding) holding = false;
      else await route.continue();
    });
    const held = page.waitForRequest(BANK_SEED);
    await page.goto(app.baseUrl);
    await held;
    const provisioned = (await onDisk(page)).service;
    expect(provisioned.length).toBeGreaterThan(0);
    const bankCustomers = () => storeKeys(page, 'otp-rehearsal-bank', 'customers');
    expect(await bankCustomers()).toEqual([]);

    // The reload cuts it short; the next load finds an empty bank and seeds it, once.
    await page.reload();
    await login(page, DEFAULT.contractId, DEFAULT.password);
    await expectHeading(page, '口座情報');
    await page.getByRole('link', { name: '窓口', exact: true }).click();
    await expectScreen(page, 'counter');
    const customers = page.locator('bank-counter #customers').getByRole('rowheader');
    await expect
      .poll(async () => (await customers.allTextContents()).map((text) => text.trim()).sort())
      .toEqual(['1234567890', '2345678901', '3456789012']);
    expect(await bankCustomers()).toEqual(['1234567890', '2345678901', '3456789012']);
    // The tokens the cut seed provisioned stay with the service, bound to nobody; the seed's own are new.
    const after = (await onDisk(page)).service;
    expect(after).toEqual(expect.arrayContaining(provisioned));
    expect(after.length).toBe(provisioned.length * 2);
  });
});

describe("4. the counter clears the validation service's lock with the bank's", () => {
  it('five wrong codes, unlock, five more, unlock: the right code logs in', async () => {
    const { page } = await start();
    await applyScenario(page, 'トークン登録済み');
    const [token] = await shownTokenIds(page, 1);
    for (let round = 0; round < 2; round++) {
      await login(page, SATO.contractId, SATO.password);
      await expectScreen(page, 'A1');
      for (let attempt = 1; attempt <= 5; attempt++) {
        await confirmOtp(page, wrongFor(await codeOf(page, token)));
        await expect
          .poll(() => mainText(page))
          .toMatch(attempt < 5 ? `あと${5 - attempt}回誤ると` : /ご利用を停止し(ました|ています)/);
      }
      await page.getByRole('link', { name: '窓口', exact: true }).click();
      await expectScreen(page, 'counter');
      // The bank's lock and count, and beside them the token's count at the validation service.
      await expect
        .poll(() => counterRow(page, SATO.contractId))
        .toEqual([
          SATO.contractId,
          '佐藤 花子',
          expect.stringMatching(/^SYMC \d{4} \d{4}$/),
          'ロック中',
          '5',
          '利用可',
          '5',
        ]);
      await page.getByRole('button', { name: `${SATO.contractId} のロックを解除` }).click();
      await expect.poll(() => mainText(page)).toContain(`${SATO.contractId} のロックと、トークン`);
      await expect
        .poll(async () => (await counterRow(page, SATO.contractId)).slice(3))
        .toEqual(['利用可', '0', '利用可', '0']);
      await page.getByRole('link', { name: 'ログイン画面に戻る' }).click();
      await expectScreen(page, 'L');
    }
    await login(page, SATO.contractId, SATO.password);
    await confirmOtp(page, await codeOf(page, token));
    await expectScreen(page, 'account');
  });
});

describe('5. two tabs, one demo', () => {
  /** Within a second of the other tab's change. */
  const SOON = { timeout: 1_000, interval: 50 };

  it('an install, a reset and the clock in one tab show in the other; a reload keeps a frozen clock', async () => {
    const app = await start();
    const a = app.page;
    const tabB = await anotherTab(app);
    const b = tabB.page;
    await expectHeading(b, 'ログイン');
    await expect.poll(() => tokenIds(b)).toEqual(await tokenIds(a));

    const installed = await installToken(a, 'desktop');
    await expect.poll(() => tokenIds(b), SOON).toContain(installed);

    await toggleTrainerTools(a, true);
    await trainerButton(a, 'デモを初期状態に戻す').click();
    await trainerTools(a).getByRole('button', { name: '初期状態に戻す', exact: true }).click();
    await expect.poll(() => tokenIds(a)).not.toContain(installed);
    const seeded = await tokenIds(a);
    await expect.poll(() => tokenIds(b), SOON).toEqual(seeded);

    // One clock: frozen and moved in A, B's token shows A's code.
    await toggleTrainerTools(a, false);
    await applyScenario(a, 'トークン登録済み');
    const [token] = await tokenIds(a);
    await expect.poll(() => tokenIds(b), SOON).toContain(token);
    await openTrainerTool(a, 'デモの時刻');
    await trainerButton(a, '時刻を止める').click();
    const before = await codeOf(a, token);
    await trainerButton(a, '+30秒').click();
    await expect.poll(() => codeOf(a, token)).not.toBe(before);
    const moved = await codeOf(a, token);
    await expect.poll(() => codeOf(b, token), SOON).toBe(moved);

    // A reload keeps the frozen, shifted clock: the same code after it, and still frozen.
    await b.reload();
    await expectHeading(b, 'ログイン');
    await expect.poll(() => codeOf(b, token)).toBe(moved);
    await a.clock.fastForward(60_000);
    expect(await codeOf(b, token)).toBe(moved);
    expect(await codeOf(a, token)).toBe(moved);
    expect(tabB.errors).toEqual([]);
  });
});
