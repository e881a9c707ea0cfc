import jsQR from 'jsqr';
import * as OTPAuth from 'otpauth';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, e2eSuite, scrollWidth } from './harness.js';
import {
  DEFAULT,
  codeOf,
  confirmOtp,
  expectHeading,
  installToken,
  login,
  mainText,
  tokenApp,
} from './procedure.js';

// "Your own phone as the token": what a real authenticator app would do with the QR code, done in
// Node with another implementation (otpauth). Every test: no request beyond the page's own origin,
// no uncaught error, no console error (harness).
const suite = e2eSuite();

const ADD_TO_PHONE = 'スマートフォンのアプリに追加';

/** Opens the token's "add to an app on your phone" disclosure; returns what it shows. */
async function openShare(page: Page, credentialId: string) {
  const app = tokenApp(page, credentialId);
  const disclosure = app.getByRole('button', { name: ADD_TO_PHONE });
  await disclosure.click();
  await expect.poll(() => disclosure.getAttribute('aria-expanded')).toBe('true');
  const qr = app.getByRole('img', { name: 'このトークンを認証アプリに追加するためのQRコード' });
  await expect.poll(() => qr.isVisible()).toBe(true);
  return { app, qr, uri: (await app.locator('#uri').textContent())!.trim() };
}

/**
 * Reads the QR code the way a phone's camera does: from the pixels on screen (a screenshot of the
 * drawn symbol), decoded by jsQR, which knows nothing of how it was made.
 */
async function scan(page: Page, qr: Locator): Promise<string | undefined> {
  const png = (await qr.screenshot()).toString('base64');
  const { width, height, data } = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
    return { width: pixels.width, height: pixels.height, data: Array.from(pixels.data) };
  }, png);
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data;
}

/**
 * The code the phone's app shows now. The page's time is faked (and moved by the tests); a phone in
 * step with the bank reads the same time, so the page's "now" stands for the phone's clock.
 */
async function phoneCode(page: Page, phone: OTPAuth.TOTP): Promise<string> {
  const now = await page.evaluate(() => Date.now());
  return phone.generate({ timestamp: now });
}

/** Waits (in fake page time) until just after the next 30 s step begins, as a person would. */
async function nextStep(page: Page) {
  const intoStep = await page.evaluate(() => Date.now() % 30_000);
  await page.clock.fastForward(30_000 - intoStep + 100);
}

describe('your own phone as the token', () => {
  it('registers and logs in with codes from an authenticator app that scanned the QR code', async () => {
    const app = await suite.start();
    const { page } = app;
    const token = await installToken(page, 'mobile');
    const { app: tokenView, qr, uri } = await openShare(page, token);
    await expect
      .poll(() => tokenView.getByText(/^これは練習用（デモ）のシークレットです。/).isVisible())
      .toBe(true);
    await app.screenshot('own-phone-qr');

    // The QR code as a camera sees it holds exactly the URI shown as text.
    expect(await scan(page, qr)).toBe(uri);
    const phone = OTPAuth.URI.parse(uri);
    if (!(phone instanceof OTPAuth.TOTP)) throw new Error(`Not a TOTP URI: ${uri}`);
    expect(phone.label).toBe(token);
    expect(phone.issuer).toBe('OTP Rehearsal 練習用');

    // Register at the start of a step, so the code holds while the form is filled.
    await nextStep(page);
    const registrationCode = await phoneCode(page, phone);
    // The phone and the on-screen token agree, as two apps holding one secret do.
    expect(await codeOf(page, token)).toBe(registrationCode);
    await page.getByRole('link', { name: 'ワンタイムパスワードの利用登録はこちら' }).click();
    await expectHeading(page, 'ワンタイムパスワード利用登録');
    await page.getByLabel('契約者 ID').fill(DEFAULT.contractId);
    await page.getByLabel('ログインパスワード', { exact: true }).fill(DEFAULT.password);
    await page.getByRole('button', { name: '次へ' }).click();
    await expect.poll(() => page.getByLabel('トークン ID').count()).toBe(1);
    await page.getByLabel('トークン ID').fill(token);
    await page.getByLabel('ワンタイムパスワード', { exact: true }).fill(registrationCode);
    await page.getByRole('button', { name: '登録', exact: true }).click();
    await expect.poll(() => mainText(page)).toContain('ワンタイムパスワードの利用登録が完了しました。');

    // Log in with the phone's next code: the one used to register would be a replay.
    await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();
    await login(page, DEFAULT.contractId, DEFAULT.password);
    await nextStep(page);
    const loginCode = await phoneCode(page, phone);
    expect(loginCode).not.toBe(registrationCode);
    await confirmOtp(page, loginCode);
    await expectHeading(page, '口座情報');
    await expect.poll(() => mainText(page)).toContain('山田 太郎');
  });

  it('fits a 360 px phone, scans there too, and is accessible', async () => {
    const app = await suite.start({ width: 360, height: 780 });
    const { page } = app;
    await page.getByRole('button', { name: 'トークン', exact: true }).click();
    const token = await installToken(page, 'desktop');
    const { qr, uri } = await openShare(page, token);
    await qr.scrollIntoViewIfNeeded();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
    expect(await scan(page, qr)).toBe(uri);
    await page.evaluate(() => window.scrollTo(0, 0));
    await app.screenshot('ja-360-own-phone-qr');
    expect(await axeViolations(page)).toEqual([]);
  });
});
