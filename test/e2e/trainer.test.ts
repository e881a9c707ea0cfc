import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, e2eSuite, expectScreen, scrollWidth } from './harness.js';
import {
  chooseScenario,
  codeOf,
  confirmOtp,
  expectHeading,
  login,
  mainText,
  openTrainerPopover,
  openTrainerTool,
  toggleTrainerTools,
  tokenApp,
  shownTokenIds,
  tokenIds,
  trainerButton,
  trainerTools,
} from './procedure.js';

const { start } = e2eSuite();

const TOKEN_CUSTOMER = { contractId: '2345678901', password: 'Demo2345' };

/** Opens a popover of the tools; closes the open one with Escape, as a person would. */
const openTool = openTrainerTool;
async function closeTool(page: Page) {
  await page.keyboard.press('Escape');
  await expect.poll(() => openTrainerPopover(page)).toBe(null);
}
const openPopover = openTrainerPopover;

const LABELS = {
  ja: {
    tools: 'トレーナー用ツール',
    scenarios: 'シナリオ',
    clock: 'デモの時刻',
    customers: 'デモのお客さま',
    presenter: 'プレゼンターモード',
    tokenRegistered: 'トークン登録済み',
    codeExpiring: 'まもなくコードが変わる',
    fresh: 'はじめてのお客さま',
    bankView: '銀行の画面',
  },
  en: {
    tools: 'Trainer tools',
    scenarios: 'Scenarios',
    clock: 'Demo time',
    customers: 'Demo customers',
    presenter: 'Presenter mode',
    tokenRegistered: 'Token registered',
    codeExpiring: 'Code about to change',
    fresh: 'New customer',
    bankView: 'Bank',
  },
};

/** Where `locator` is, and whether all of it is inside the viewport. */
function placeOf(locator: ReturnType<Page['locator']>) {
  return locator.first().evaluate((element) => {
    const { top, bottom, left, right } = element.getBoundingClientRect();
    const inView = top >= 0 && left >= 0 && bottom <= window.innerHeight && right <= window.innerWidth;
    return { top: Math.round(top), bottom: Math.round(bottom), inView };
  });
}

/** The form of the bank screen shown (in its shadow root), and the code of the token shown. */
const bankForm = (page: Page) => page.getByRole('main').locator('form');
const shownCode = (page: Page) => page.locator('soft-token [part="code"]');

/** The element focused in the trainer bar's shadow root, by its text. */
const focusedInTools = (page: Page) =>
  trainerTools(page).evaluate((bar) => bar.shadowRoot!.activeElement?.textContent?.trim() ?? null);

describe('trainer scenarios, one click each', () => {
  it('はじめてのお客さま: no app on the panel, and the default customer logs in without OTP', async () => {
    const { page } = await start();
    await chooseScenario(page, 'はじめてのお客さま');
    await expect.poll(() => tokenIds(page)).toEqual([]);
    await login(page, '1234567890', 'Demo1234');
    await expectScreen(page, 'account');
  });

  it('トークン登録済み: the token is on the panel and login asks for its code', async () => {
    const { page } = await start();
    await chooseScenario(page, 'トークン登録済み');
    const [token] = await shownTokenIds(page, 1);
    await login(page, TOKEN_CUSTOMER.contractId, TOKEN_CUSTOMER.password);
    await confirmOtp(page, await codeOf(page, token));
    await expectScreen(page, 'account');
  });

  it('ロック中のお客さま: refused until the bank counter unlocks', async () => {
    const app = await start();
    const { page } = app;
    await chooseScenario(page, 'ロック中のお客さま');
    await login(page, '3456789012', 'Demo3456');
    await expect.poll(() => mainText(page)).toContain('ご利用を停止しています');
    await page.getByRole('link', { name: '窓口' }).click();
    await page.getByRole('button', { name: '3456789012 のロックを解除' }).click();
    await expect.poll(() => mainText(page)).toContain('3456789012 のロックを解除しました。');
    await app.screenshot('trainer-counter-unlocked');
    await page.getByRole('link', { name: 'ログイン画面に戻る' }).click();
    await login(page, '3456789012', 'Demo3456');
    await expectScreen(page, 'account');
  });

  it('端末を紛失: the app is gone, the bank still asks for its code', async () => {
    const { page } = await start();
    await chooseScenario(page, '端末を紛失');
    await expect.poll(() => tokenIds(page)).toEqual([]);
    await login(page, TOKEN_CUSTOMER.contractId, TOKEN_CUSTOMER.password);
    await expectScreen(page, 'A1');
  });

  it('まもなくコードが変わる: starts at A1 with 3 s left; the code that just expired is still accepted', async () => {
    const app = await start();
    const { page } = app;
    // The page's time stands still from here until the test moves it: on busy cores the token
    // would otherwise be at 2 s before the first look.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    await chooseScenario(page, 'まもなくコードが変わる');
    await expectScreen(page, 'A1');
    const [token] = await shownTokenIds(page, 1);
    await expect.poll(() => page.locator('soft-token').getByText('あと3秒', { exact: true }).count()).toBe(1);
    await app.screenshot('trainer-code-expiring');
    const typed = await codeOf(page, token);
    // The person types slowly: the token moves on to the next code meanwhile.
    await page.clock.fastForward(5_000);
    await expect.poll(() => codeOf(page, token)).not.toBe(typed);
    await confirmOtp(page, typed);
    await expectScreen(page, 'account');
  });
});

describe("the trainer's clock", () => {
  it("moves the token's code and the bank's verdict together", async () => {
    const app = await start();
    const { page } = app;
    await chooseScenario(page, 'トークン登録済み');
    const [token] = await shownTokenIds(page, 1);
    await login(page, TOKEN_CUSTOMER.contractId, TOKEN_CUSTOMER.password);
    await expectHeading(page, 'ワンタイムパスワード認証');

    await openTool(page, 'デモの時刻');
    await trainerButton(page, '時刻を止める').click();
    // While stopped, the one button offers to start the clock again.
    await expect.poll(() => trainerButton(page, '時刻を動かす').count()).toBe(1);
    expect(await trainerButton(page, '時刻を止める').count()).toBe(0);
    const first = await codeOf(page, token);
    await trainerButton(page, '+30秒').click();
    await expect.poll(() => codeOf(page, token)).not.toBe(first);
    await trainerButton(page, '+30秒').click();
    await app.screenshot('trainer-clock-moved');

    // Two steps later, the first code is too old for the bank (window ±1 step).
    await closeTool(page);
    await confirmOtp(page, first);
    await expect.poll(() => mainText(page)).toContain('ワンタイムパスワードが誤っています。');

    // Back to the first code's time: the same code is now accepted.
    await openTool(page, 'デモの時刻');
    await trainerButton(page, '−30秒').click();
    await trainerButton(page, '−30秒').click();
    await expect.poll(() => codeOf(page, token)).toBe(first);
    await closeTool(page);
    await confirmOtp(page, first);
    await expectScreen(page, 'account');

    await openTool(page, 'デモの時刻');
    await trainerButton(page, '時刻を動かす').click();
    await expect.poll(() => trainerButton(page, '時刻を止める').count()).toBe(1);
  });
});

describe('presenter mode', () => {
  /** Font sizes, in px, of what the audience reads: the bank's title and name, the token's ID, code, countdown and labels. */
  async function readSizes(page: Page, token: string) {
    const size = (locator: ReturnType<Page['locator']>) =>
      locator.first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const app = tokenApp(page, token);
    return {
      bankTitle: await size(page.getByRole('main').getByRole('heading', { level: 2 })),
      bankName: await size(page.locator('.bank-name')),
      code: await size(app.locator('[part="code"]')),
      credentialId: await size(app.locator('.credential-id')),
      countdown: await size(app.locator('.seconds')),
      label: await size(app.locator('dt')),
    };
  }

  it('enlarges the bank and the token alike, and is remembered across a reload', async () => {
    const app = await start();
    const { page } = app;
    await chooseScenario(page, 'トークン登録済み');
    const [token] = await shownTokenIds(page, 1);
    const before = await readSizes(page, token);
    expect(before.code).toBeGreaterThan(40);

    await toggleTrainerTools(page, true);
    const presenter = trainerButton(page, 'プレゼンターモード');
    await presenter.click();
    await expect.poll(() => presenter.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => readSizes(page, token).then((sizes) => sizes.code)).toBeGreaterThan(before.code);

    await page.reload();
    await expectHeading(page, 'ログイン');
    await expect.poll(() => page.locator('otp-rehearsal-app').getAttribute('presenter')).toBe('');
    await expect.poll(() => tokenIds(page)).toEqual([token]);
    const after = await readSizes(page, token);
    for (const key of Object.keys(before) as (keyof typeof before)[]) {
      expect(after[key] / before[key], key).toBeCloseTo(1.35, 2);
    }
    await app.screenshot('trainer-presenter-reloaded');

    // Turned off, it stays off after the next reload.
    await toggleTrainerTools(page, true);
    await trainerButton(page, 'プレゼンターモード').click();
    await page.reload();
    await expectHeading(page, 'ログイン');
    await expect.poll(() => tokenIds(page)).toEqual([token]);
    expect(await page.locator('otp-rehearsal-app').getAttribute('presenter')).toBe(null);
    expect((await readSizes(page, token)).code).toBe(before.code);
  });
});

describe("the bank counter's token-ID reset", () => {
  it('asks first: Cancel changes nothing, the focus goes back; confirmed, it resets', async () => {
    const { page } = await start();
    await chooseScenario(page, 'トークン登録済み');
    const [token] = await shownTokenIds(page, 1);
    await page.getByRole('link', { name: '窓口', exact: true }).click();
    await expectScreen(page, 'counter');
    const reset = page.getByRole('button', { name: `${TOKEN_CUSTOMER.contractId} のトークン IDをリセット` });
    const shownId = `${token.slice(0, 4)} ${token.slice(4, 8)} ${token.slice(8)}`;
    const row = page.getByRole('row', { name: new RegExp(`^${TOKEN_CUSTOMER.contractId}`) });
    await expect.poll(() => row.textContent()).toContain(shownId);

    await reset.click();
    const question = page.getByRole('alertdialog');
    await expect
      .poll(() => question.textContent())
      .toContain(`${TOKEN_CUSTOMER.contractId} に登録されているトークン ID ${shownId} をリセットします。`);
    await question.getByRole('button', { name: 'キャンセル' }).click();
    await expect.poll(() => question.count()).toBe(0);
    await expect.poll(() => reset.evaluate((button) => button.matches(':focus'))).toBe(true);
    expect(await row.textContent()).toContain(shownId);
    expect(await mainText(page)).not.toContain('トークン IDをリセットしました');
    // Nothing reached the bank: the audit log has no reset.
    const log = page.locator('#log tbody');
    expect(await log.textContent()).not.toContain('窓口：トークン IDリセット');

    await reset.click();
    await question.getByRole('button', { name: 'リセットする' }).click();
    await expect
      .poll(() => mainText(page))
      .toContain(`${TOKEN_CUSTOMER.contractId} のトークン IDをリセットしました。`);
    // The table reads the bank again after the status is said: a moment later.
    await expect.poll(() => row.textContent()).not.toContain(shownId);
    await expect.poll(() => log.textContent()).toContain('窓口：トークン IDリセット');
  });
});

describe('the tools leave the bank and the token in view', () => {
  it('at 1280×860 the open tools are one row; after a scenario the form and the token code are on screen', async () => {
    const app = await start({ width: 1280, height: 860 });
    const { page } = app;
    const m = LABELS.ja;
    // The trainer's tools are not part of a customer's page: their chunk loads when first opened.
    expect(app.scripts().filter((path) => /tools/.test(path))).toEqual([]);
    await toggleTrainerTools(page, true);
    await expect.poll(() => app.scripts().filter((path) => /tools/.test(path)).length).toBe(1);
    const bar = await trainerTools(page).evaluate((element) => element.getBoundingClientRect().height);
    expect(bar).toBeLessThan(100);

    for (const scenario of [m.tokenRegistered, m.codeExpiring, m.fresh]) {
      await chooseScenario(page, scenario);
      expect(await trainerButton(page, m.tools).getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => placeOf(bankForm(page)), { message: scenario }).toMatchObject({ inView: true });
      if (scenario === m.fresh) {
        // No app yet: what the person needs is the install button beside the bank.
        const install = page.getByRole('button', { name: 'VIP Access for Mobile をインストール' });
        expect(await placeOf(install)).toMatchObject({ inView: true });
      } else {
        await expect
          .poll(() => placeOf(shownCode(page)), { message: scenario })
          .toMatchObject({ inView: true });
      }
      // At the login screen the outcome (who logs in, with which password) is in view too; at A1 the
      // token panel may move the page a little to show the whole phone the screen asks for.
      if (scenario !== m.codeExpiring) {
        expect(await placeOf(trainerTools(page).getByRole('status'))).toMatchObject({ inView: true });
      }
    }
    await app.screenshot('trainer-1280-after-scenario');

    // Presenter mode enlarges everything; a scenario still brings the form and the code into view.
    await trainerButton(page, m.presenter).click();
    await chooseScenario(page, m.tokenRegistered);
    await expect.poll(() => placeOf(bankForm(page))).toMatchObject({ inView: true });
    await expect.poll(() => placeOf(shownCode(page))).toMatchObject({ inView: true });
    await app.screenshot('trainer-1280-presenter-after-scenario');
  });

  it('a popover drops below the bar, leaves the token column free, and Escape gives the focus back', async () => {
    const { page } = await start({ width: 1280, height: 860 });
    const m = LABELS.ja;
    await chooseScenario(page, m.tokenRegistered);
    await openTool(page, m.clock);
    const popover = trainerTools(page).locator('#clock');
    const barBottom = await trainerTools(page)
      .locator('.bar')
      .evaluate((element) => element.getBoundingClientRect().bottom);
    const box = await popover.evaluate((element) => element.getBoundingClientRect().toJSON());
    expect(box.top).toBeGreaterThanOrEqual(barBottom - 1);
    // The clock's buttons do not cover the token: its code changes in view as the clock moves.
    const code = await shownCode(page).evaluate((element) => element.getBoundingClientRect().toJSON());
    expect(box.right).toBeLessThanOrEqual(code.left);
    await page.keyboard.press('Tab');
    expect(await focusedInTools(page)).toBe('時刻を止める');
    await page.keyboard.press('Escape');
    await expect.poll(() => openPopover(page)).toBe(null);
    expect(await focusedInTools(page)).toBe(m.clock);
    // With no popover open, Escape folds the tools up, the focus on their toggle.
    await page.keyboard.press('Escape');
    await expect.poll(() => trainerButton(page, m.tools).getAttribute('aria-expanded')).toBe('false');
    expect(await focusedInTools(page)).toBe(m.tools);
  });

  for (const locale of ['ja', 'en'] as const) {
    it(`at 360×740 (${locale}): by keyboard, axe clean, a scenario shows the bank's form below the view switch`, async () => {
      const app = await start({ width: 360, height: 740 });
      const { page } = app;
      const m = LABELS[locale];
      if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
      await trainerButton(page, m.tools).click();
      await expect.poll(() => trainerButton(page, m.scenarios).count()).toBe(1);
      await trainerButton(page, m.scenarios).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => openPopover(page)).toBe('scenarios');
      await page.keyboard.press('Tab');
      expect(await focusedInTools(page)).toBe(m.fresh);
      expect(await axeViolations(page)).toEqual([]);
      await app.screenshot(`trainer-360-${locale}-scenarios`);
      await page.keyboard.press('Escape');
      await expect.poll(() => openPopover(page)).toBe(null);
      expect(await focusedInTools(page)).toBe(m.scenarios);
      expect(await axeViolations(page)).toEqual([]);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(360);

      // The token view first, as a trainer showing the phone would have it.
      await page.getByRole('button', { name: locale === 'ja' ? 'トークン' : 'Token', exact: true }).click();
      await chooseScenario(page, m.tokenRegistered, m.scenarios);
      await expect
        .poll(() => page.getByRole('button', { name: m.bankView, exact: true }).getAttribute('aria-pressed'))
        .toBe('true');
      await expect.poll(() => placeOf(bankForm(page))).toMatchObject({ inView: true });
      const viewSwitch = await page
        .getByRole('button', { name: m.bankView, exact: true })
        .evaluate((element) => element.getBoundingClientRect().bottom);
      const heading = page.getByRole('main').getByRole('heading', { level: 2 });
      expect((await placeOf(heading)).top).toBeGreaterThanOrEqual(viewSwitch);
      await app.screenshot(`trainer-360-${locale}-after-scenario`);
    });
  }

  for (const locale of ['ja', 'en'] as const) {
    it(`is axe clean with each popover open at 1280×860 (${locale})`, async () => {
      const { page } = await start({ width: 1280, height: 860 });
      const m = LABELS[locale];
      if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
      await trainerButton(page, m.tools).click();
      expect(await axeViolations(page)).toEqual([]);
      for (const tool of [m.scenarios, m.clock, m.customers]) {
        await trainerButton(page, tool).click();
        await expect.poll(() => openPopover(page)).not.toBe(null);
        expect(await axeViolations(page), tool).toEqual([]);
      }
    });
  }
});
