/**
 * The guide says not to use the browser's reload, Back and Forward in a flow; people do anyway.
 * Whatever they press, the flow must stay consistent: a later step without its state restarts the
 * flow at its first step with a notice, and nothing is ever half registered or half deactivated.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESTART_NOTICE, e2eSuite, expectScreen, screenName, type ScreenName } from './harness.js';
import {
  DEFAULT,
  installToken,
  login,
  logout,
  mainText,
  nextCode,
  register,
  confirmOtp,
} from './procedure.js';

const { start } = e2eSuite();

/** R1 filled in and sent, so the page is on R2. */
async function toR2(page: Page) {
  await page.getByRole('link', { name: 'ワンタイムパスワードの利用登録はこちら' }).click();
  await expectScreen(page, 'R1');
  await page.getByLabel('契約者 ID').fill(DEFAULT.contractId);
  await page.getByLabel('ログインパスワード', { exact: true }).fill(DEFAULT.password);
  await page.getByRole('button', { name: '次へ' }).click();
  await expectScreen(page, 'R2');
  await expect.poll(() => page.getByLabel('トークン ID').count()).toBe(1);
}

/** S1 filled in and sent, so the page is on S2. */
async function toS2(page: Page) {
  await page.getByRole('link', { name: 'ワンタイムパスワードの利用停止はこちら' }).click();
  await expectScreen(page, 'S1');
  await page.getByLabel('契約者ID', { exact: true }).fill(DEFAULT.contractId);
  await page.getByLabel('ログインパスワード', { exact: true }).fill(DEFAULT.password);
  await page.getByRole('button', { name: '次へ' }).click();
  await expectScreen(page, 'S2');
  await expect.poll(() => page.getByRole('button', { name: '停止' }).count()).toBe(1);
}

/** Logs in as the default customer and says where that led: 'A1' (a token is registered) or 'account'. */
async function loginLeadsTo(page: Page): Promise<ScreenName | undefined> {
  await login(page, DEFAULT.contractId, DEFAULT.password);
  await expect.poll(() => screenName(page)).toMatch(/^(A1|account)$/);
  return screenName(page);
}

/** No field of a flow's later step is on the page (R2's token ID, S2's stop, A1's confirm). */
async function expectNoLaterStepForm(page: Page) {
  expect(await page.getByLabel('トークン ID').count()).toBe(0);
  expect(await page.getByRole('button', { name: '停止' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: '確認', exact: true }).count()).toBe(0);
}

describe('reload in the middle of a flow', () => {
  it('on R2 restarts at R1 with a notice, and registers nothing', async () => {
    const { page } = await start();
    await installToken(page, 'mobile');
    await toR2(page);

    await page.reload();
    await expectScreen(page, 'R1');
    expect(await mainText(page)).toContain(RESTART_NOTICE);
    await expectNoLaterStepForm(page);

    await page.getByRole('link', { name: 'ログイン画面に戻る' }).click();
    expect(await loginLeadsTo(page)).toBe('account');
  });

  it('on S2 restarts at S1, and on A1 at the login screen; the token stays registered', async () => {
    const { page } = await start();
    const token = await installToken(page, 'mobile');
    await register(page, token);
    await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();
    await expectScreen(page, 'L');

    await toS2(page);
    await page.reload();
    await expectScreen(page, 'S1');
    expect(await mainText(page)).toContain(RESTART_NOTICE);
    await expectNoLaterStepForm(page);
    await page.getByRole('button', { name: '戻る', exact: true }).click();
    await expectScreen(page, 'L');

    // Still registered: login asks for the code. Reload on A1.
    expect(await loginLeadsTo(page)).toBe('A1');
    await page.reload();
    await expectScreen(page, 'L');
    expect(await mainText(page)).toContain(RESTART_NOTICE);
    await expectNoLaterStepForm(page);

    // The login works afresh, and a reload on the account page keeps the person logged in (this tab).
    expect(await loginLeadsTo(page)).toBe('A1');
    await confirmOtp(page, await nextCode(page, token));
    await expectScreen(page, 'account');
    await page.reload();
    await expectScreen(page, 'account');
    await expect.poll(() => mainText(page)).toContain('山田 太郎');
    await logout(page);
  });
});

describe('Back and Forward in a flow', () => {
  it('after registration: Back lands on R1 (not a usable R2), Forward on a first step; still registered', async () => {
    const { page } = await start();
    const token = await installToken(page, 'mobile');
    await register(page, token);
    await expectScreen(page, 'R3');

    await page.goBack();
    await expectScreen(page, 'R1');
    expect(await mainText(page)).toContain(RESTART_NOTICE);
    await expectNoLaterStepForm(page);

    await page.goForward();
    await expect.poll(() => screenName(page)).toMatch(/^(R1|R3|L)$/);
    await expectNoLaterStepForm(page);

    if ((await screenName(page)) !== 'L') {
      const main = page.getByRole('main');
      const name = 'ログイン画面に戻る';
      await main.getByRole('link', { name }).or(main.getByRole('button', { name })).click();
      await expectScreen(page, 'L');
    }
    expect(await loginLeadsTo(page)).toBe('A1');
  });

  it('from S2: Back to S1, Forward restarts at S1 with a notice; the token stays registered', async () => {
    const { page } = await start();
    const token = await installToken(page, 'mobile');
    await register(page, token);
    await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();
    await expectScreen(page, 'L');

    await toS2(page);
    await page.goBack();
    await expectScreen(page, 'S1');
    await expectNoLaterStepForm(page);

    await page.goForward();
    await expectScreen(page, 'S1');
    expect(await mainText(page)).toContain(RESTART_NOTICE);
    await expectNoLaterStepForm(page);

    await page.getByRole('button', { name: '戻る', exact: true }).click();
    await expectScreen(page, 'L');
    expect(await loginLeadsTo(page)).toBe('A1');
  });
});
