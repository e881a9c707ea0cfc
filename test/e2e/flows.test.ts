import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSuite, type App } from './harness.js';
import {
  DEFAULT,
  codeOf,
  confirmOtp,
  deactivate,
  expectHeading,
  installToken,
  login,
  logout,
  mainText,
  nextCode,
  register,
  tokenApp,
  tokenIds,
} from './procedure.js';

// Every test: no request beyond the page's own origin, no uncaught error, no console error (harness).
const suite = e2eSuite();
let app: App;
let page: Page;

async function start(options: { width?: number } = {}) {
  app = await suite.start(options);
  page = app.page;
}

describe('the guide, end to end, as a new user would', () => {
  it('registers a mobile token, logs in with it, refuses a replay, deactivates, logs in without OTP', async () => {
    await start();
    await app.screenshot('L-login');
    const token = await installToken(page, 'mobile');
    // Register at the start of a 30 s step, so the replay check below is still in the same step.
    await nextCode(page, token);

    await register(page, token);
    await app.screenshot('R3-registered');

    // Wrong case: passwords are case-sensitive.
    await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();
    await login(page, DEFAULT.contractId, 'demo1234');
    await expect.poll(() => mainText(page)).toContain('契約者IDまたはログインパスワードが正しくありません。');
    await app.screenshot('L-wrong-password');

    // The registration code is used: the same 30 s step cannot log in (replay).
    await login(page, DEFAULT.contractId, DEFAULT.password);
    await expectHeading(page, 'ワンタイムパスワード認証');
    const used = await codeOf(page, token);
    await confirmOtp(page, used);
    await expect.poll(() => mainText(page)).toContain('このワンタイムパスワードはすでに使用されています。');
    await app.screenshot('A1-replayed');

    await confirmOtp(page, await nextCode(page, token));
    await expectHeading(page, '口座情報');
    await expect.poll(() => mainText(page)).toContain('山田 太郎');
    expect(await mainText(page)).toContain('1,234,567円');
    await app.screenshot('account');
    await logout(page);

    await deactivate(page, token);
    await app.screenshot('S3-deactivated');
    await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();

    await login(page, DEFAULT.contractId, DEFAULT.password);
    await expectHeading(page, '口座情報');

    // A customer's whole rehearsal fetched none of the trainer's tools.
    const scripts = app.scripts();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((path) => /trainer|guided|counter|tools|scenarios/.test(path))).toEqual([]);
  });

  it('changes tokens: deactivate with the mobile token, register a desktop token', async () => {
    await start();
    const mobile = await installToken(page, 'mobile');
    await register(page, mobile);
    await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();
    await deactivate(page, mobile);
    await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();

    const desktop = await installToken(page, 'desktop');
    await tokenApp(page, mobile).getByRole('button', { name: 'アンインストール' }).click();
    await tokenApp(page, mobile)
      .getByRole('alertdialog', { name: /アンインストールします/ })
      .getByRole('button', { name: 'アンインストール' })
      .click();
    await expect.poll(() => tokenIds(page)).not.toContain(mobile);
    await nextCode(page, desktop);
    await register(page, desktop);
    await app.screenshot('R3-desktop');
    await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();

    await login(page, DEFAULT.contractId, DEFAULT.password);
    await confirmOtp(page, await nextCode(page, desktop));
    await expectHeading(page, '口座情報');
  });
});
