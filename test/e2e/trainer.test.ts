import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSuite, expectScreen } from './harness.js';
import { codeOf, confirmOtp, expectHeading, login, mainText, tokenApp, tokenIds } from './procedure.js';

const { start } = e2eSuite();

const TOKEN_CUSTOMER = { contractId: '2345678901', password: 'Demo2345' };

const trainerTools = (page: Page) => page.locator('trainer-bar');
const trainerButton = (page: Page, name: string) =>
  trainerTools(page).getByRole('button', { name, exact: true });

async function toggleTrainerTools(page: Page, open: boolean) {
  const toggle = trainerButton(page, 'トレーナー用ツール');
  if ((await toggle.getAttribute('aria-expanded')) !== String(open)) await toggle.click();
}

/** As a trainer does it: open the tools, press the scenario, close the tools again. */
async function applyScenario(page: Page, label: string) {
  await toggleTrainerTools(page, true);
  await trainerButton(page, label).click();
  await expect
    .poll(() => trainerTools(page).getByText(`シナリオ「${label}」を準備しました。`).count())
    .toBe(1);
  await toggleTrainerTools(page, false);
}

describe('trainer scenarios, one click each', () => {
  it('はじめてのお客さま: no app on the panel, and the default customer logs in without OTP', async () => {
    const { page } = await start();
    await applyScenario(page, 'はじめてのお客さま');
    expect(await tokenIds(page)).toEqual([]);
    await login(page, '1234567890', 'Demo1234');
    await expectScreen(page, 'account');
  });

  it('トークン登録済み: the token is on the panel and login asks for its code', async () => {
    const { page } = await start();
    await applyScenario(page, 'トークン登録済み');
    const [token] = await tokenIds(page);
    await login(page, TOKEN_CUSTOMER.contractId, TOKEN_CUSTOMER.password);
    await confirmOtp(page, await codeOf(page, token));
    await expectScreen(page, 'account');
  });

  it('ロック中のお客さま: refused until the bank counter unlocks', async () => {
    const app = await start();
    const { page } = app;
    await applyScenario(page, 'ロック中のお客さま');
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
    await applyScenario(page, '端末を紛失');
    expect(await tokenIds(page)).toEqual([]);
    await login(page, TOKEN_CUSTOMER.contractId, TOKEN_CUSTOMER.password);
    await expectScreen(page, 'A1');
  });

  it('まもなくコードが変わる: starts at A1 with 3 s left; the code that just expired is still accepted', async () => {
    const app = await start();
    const { page } = app;
    // The page's time stands still from here until the test moves it: on busy cores the token
    // would otherwise be at 2 s before the first look.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    await applyScenario(page, 'まもなくコードが変わる');
    await expectScreen(page, 'A1');
    const [token] = await tokenIds(page);
    await expect.poll(() => page.getByText('あと3秒').count()).toBe(1);
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
    await applyScenario(page, 'トークン登録済み');
    const [token] = await tokenIds(page);
    await login(page, TOKEN_CUSTOMER.contractId, TOKEN_CUSTOMER.password);
    await expectHeading(page, 'ワンタイムパスワード認証');

    await toggleTrainerTools(page, true);
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
    await confirmOtp(page, first);
    await expect.poll(() => mainText(page)).toContain('ワンタイムパスワードが誤っています。');

    // Back to the first code's time: the same code is now accepted.
    await trainerButton(page, '−30秒').click();
    await trainerButton(page, '−30秒').click();
    await expect.poll(() => codeOf(page, token)).toBe(first);
    await confirmOtp(page, first);
    await expectScreen(page, 'account');

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
    await applyScenario(page, 'トークン登録済み');
    const [token] = await tokenIds(page);
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
    await applyScenario(page, 'トークン登録済み');
    const [token] = await tokenIds(page);
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
    expect(await row.textContent()).not.toContain(shownId);
    await expect.poll(() => log.textContent()).toContain('窓口：トークン IDリセット');
  });
});
