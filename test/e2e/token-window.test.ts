/**
 * The token in a window of its own: a trainer puts "the phone" on the projector and the bank on
 * the laptop. The second window shows the token panel alone, and both windows stay in step.
 */
import { describe, expect, it } from 'vitest';
import { e2eSuite } from './harness.js';
import {
  DEFAULT,
  codeOf,
  confirmOtp,
  expectHeading,
  installToken,
  login,
  mainText,
  tokenIds,
  toggleTrainerTools,
  trainerButton,
} from './procedure.js';

const { start } = e2eSuite();

/** Presses トークンを別ウィンドウで開く in the bank window: the token's window, and the errors it throws. */
async function openTokenWindow({ page, context }: Awaited<ReturnType<typeof start>>) {
  const [phone] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'トークンを別ウィンドウで開く' }).click(),
  ]);
  const phoneErrors: string[] = [];
  phone.on('pageerror', (error) => phoneErrors.push(error.message));
  return { phone, phoneErrors };
}

describe('the token in its own window', () => {
  it('opens the panel alone; a token installed there is registered and used from the bank window', async () => {
    const app = await start({ width: 1280, height: 860 });
    const { page } = app;
    const { phone, phoneErrors } = await openTokenWindow(app);
    await phone.waitForLoadState();
    expect(new URL(phone.url()).hash).toBe('#/token');
    await expect.poll(() => phone.title()).toBe('ソフトウェアトークン — OTP Rehearsal');
    expect(await phone.getByRole('heading', { name: 'ログイン' }).count()).toBe(0);

    const token = await installToken(phone, 'mobile');
    // The bank window's own panel shows the same token within a second (the change feed).
    await expect.poll(() => tokenIds(page), { timeout: 1000 }).toContain(token);

    // R1 → R2 in the bank window, with the ID and code read off the other window.
    await page.getByRole('link', { name: 'ワンタイムパスワードの利用登録はこちら' }).click();
    await page.getByLabel('契約者 ID').fill(DEFAULT.contractId);
    await page.getByLabel('ログインパスワード', { exact: true }).fill(DEFAULT.password);
    await page.getByRole('button', { name: '次へ' }).click();
    await page.getByLabel('トークン ID').fill(token);
    await page.getByLabel('ワンタイムパスワード', { exact: true }).fill(await codeOf(phone, token));
    await page.getByRole('button', { name: '登録', exact: true }).click();
    // R2 has a ログイン画面に戻る of its own (it cancels): press R3's, once the bank has answered.
    await expect.poll(() => mainText(page)).toContain('ワンタイムパスワードの利用登録が完了しました。');
    await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();

    // Both windows show the same code: one clock.
    await page.clock.fastForward(30_000);
    await expect.poll(async () => (await codeOf(page, token)) === (await codeOf(phone, token))).toBe(true);
    await login(page, DEFAULT.contractId, DEFAULT.password);
    await confirmOtp(page, await codeOf(phone, token));
    await expectHeading(page, '口座情報');
    expect(phoneErrors).toEqual([]);
  });

  it("follows the bank window's language and presenter mode, and the bank window follows it", async () => {
    const app = await start({ width: 1280, height: 860 });
    const { page } = app;
    const { phone, phoneErrors } = await openTokenWindow(app);
    await expect.poll(() => phone.title()).toBe('ソフトウェアトークン — OTP Rehearsal');
    const phoneShell = phone.locator('otp-rehearsal-app');
    const bankShell = page.locator('otp-rehearsal-app');

    // The trainer turns on presenter mode at the laptop: the phone on the projector grows too.
    await toggleTrainerTools(page, true);
    await trainerButton(page, 'プレゼンターモード').click();
    await expect.poll(() => phoneShell.getAttribute('presenter')).toBe('');

    // English at the laptop: the phone speaks English, without a reload.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(() => phone.title()).toBe('Soft token — OTP Rehearsal');
    await expect.poll(() => phone.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await phone.getByRole('heading', { name: 'Soft token' }).count()).toBe(1);
    expect(await phone.getByRole('button', { name: 'Install VIP Access for Mobile' }).count()).toBe(1);
    await app.screenshot('token-window-followed');

    // And the other way round: Japanese chosen on the phone's own window, presenter mode off at the laptop.
    await phone.getByRole('button', { name: '日本語', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await expectHeading(page, 'ログイン');
    await trainerButton(page, 'プレゼンターモード').click();
    await expect.poll(() => phoneShell.getAttribute('presenter')).toBe(null);
    expect(await bankShell.getAttribute('presenter')).toBe(null);
    expect(phoneErrors).toEqual([]);
  });
});
