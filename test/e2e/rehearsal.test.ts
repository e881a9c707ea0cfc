/**
 * The guided rehearsal on the production build: a person picks a procedure, follows the panel's
 * steps on the real screens and reaches the summary — each of the five procedures, an exam that is
 * scored, and a wrong code that gets a kind word on how to recover.
 */
/// <reference types="node" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, e2eSuite, expectScreen } from './harness.js';
import {
  DEFAULT,
  codeOf,
  confirmOtp,
  deactivate,
  expectHeading,
  installToken,
  login,
  register,
  shownTokenIds,
  tokenIds,
} from './procedure.js';

const suite = e2eSuite();
let page: Page;

const SATO = { contractId: '2345678901', password: 'Demo2345' };

/** The rehearsal's panel (a complementary region, not a modal dialog). */
const panel = (page: Page) => page.locator('guided-rehearsal .overlay');

async function panelText(page: Page): Promise<string> {
  return ((await panel(page).textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** The step the panel shows, e.g. ⑤ソフトウェアトークンアプリを起動し、…; '' when none. */
async function step(page: Page): Promise<string> {
  const shown = panel(page).locator('.step-text');
  if ((await shown.count()) === 0) return '';
  return ((await shown.textContent()) ?? '').replace(/\s+/g, '').trim();
}

/** The panel shows a step starting with `start` (compared without spaces). */
async function expectStep(page: Page, start: string) {
  await expect.poll(async () => (await step(page)).startsWith(start.replace(/\s+/g, ''))).toBe(true);
}

/** Opens the launcher, chooses a procedure and a mode by their labels, and starts. */
async function rehearse(
  procedure: string,
  mode: 'ガイドあり' | 'テスト' = 'ガイドあり',
  options: { screenshot?: string } = {},
) {
  await page.getByRole('button', { name: 'ガイド付き練習' }).click();
  await page.getByLabel(procedure, { exact: true }).check();
  await page.getByLabel(mode, { exact: true }).check();
  if (options.screenshot) await screenshot(options.screenshot);
  await page.getByRole('button', { name: '練習を始める' }).click();
  await expect.poll(() => panelText(page)).toContain(`${procedure}（${mode}）`);
  await expectHeading(page, 'ログイン');
}

async function expectSummary(mistakes: number) {
  await expect.poll(() => panelText(page)).toContain('練習の結果');
  const text = await panelText(page);
  expect(text).toContain('最後の手順まで終わりました。');
  expect(text).toMatch(/かかった時間 (\d+分)?\d+秒/);
  expect(text).toContain(`間違い ${mistakes}回`);
  return text;
}

/** The guided outline has come to rest around `control` (it slides from the previous one). */
async function expectOutlined(control: Locator) {
  const outline = page.locator('guided-rehearsal .outline.target');
  await expect
    .poll(async () => {
      const [frame, box] = await Promise.all([outline.boundingBox(), control.boundingBox()]);
      if (!frame || !box) return false;
      return (
        frame.x <= box.x &&
        frame.y <= box.y &&
        frame.x + frame.width >= box.x + box.width &&
        frame.y + frame.height >= box.y + box.height &&
        frame.width - box.width < 20 &&
        frame.height - box.height < 20
      );
    })
    .toBe(true);
}

/**
 * What the person sees now: the viewport, not the full page (harness' screenshot), since the
 * outlines are fixed to the viewport where the page is scrolled to.
 */
async function screenshot(name: string) {
  const directory = join('test-results', 'screenshots');
  mkdirSync(directory, { recursive: true });
  await page.screenshot({ path: join(directory, `${name}.png`) });
}

async function start() {
  page = (await suite.start()).page;
}

describe('guided rehearsal: each procedure to its summary', () => {
  it('registration: install the app, then ①–⑧', async () => {
    await start();
    await rehearse('ワンタイムパスワードの利用登録', 'ガイドあり', { screenshot: 'rehearsal-launcher' });
    expect(await panelText(page)).toContain('契約者 ID 1234567890、ログインパスワード Demo1234');
    await expectStep(page, 'ソフトウェアトークン「VIP Access for Mobile」を用意します');
    // The control to use is outlined: the install button.
    await expectOutlined(page.getByRole('button', { name: 'VIP Access for Mobile をインストール' }));
    await screenshot('rehearsal-install');
    expect(await axeViolations(page)).toEqual([]);

    const token = await installToken(page, 'mobile');
    await expectStep(page, '①ログイン画面の「ワンタイムパスワードの利用登録はこちら」');
    await expectOutlined(page.getByRole('link', { name: 'ワンタイムパスワードの利用登録はこちら' }));
    await screenshot('rehearsal-registration-1');
    await register(page, token, DEFAULT);
    await expectStep(page, '⑧「ログイン画面に戻る」');
    await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();
    await expectSummary(0);
    await screenshot('rehearsal-registration-summary');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('login with a one-time password: ①–⑤', async () => {
    await start();
    await rehearse('ワンタイムパスワードを利用したログイン');
    expect(await panelText(page)).toContain('契約者 ID 2345678901、ログインパスワード Demo2345');
    const [token] = await shownTokenIds(page, 1);
    await expectStep(page, '①「契約者 ID」を入力します');
    await login(page, SATO.contractId, SATO.password);
    await expectStep(page, '④ソフトウェアトークンに表示されている');
    // Both the field and the code to read are outlined.
    await expectOutlined(page.getByLabel('ワンタイムパスワード', { exact: true }));
    await expect.poll(() => page.locator('guided-rehearsal .outline.source').count()).toBe(1);
    await screenshot('rehearsal-login-4');
    await confirmOtp(page, await codeOf(page, token));
    await expectScreen(page, 'account');
    await expectSummary(0);
  });

  it('deactivation: ①–⑦ with the registered token', async () => {
    await start();
    await rehearse('ワンタイムパスワードの利用停止');
    const [token] = await shownTokenIds(page, 1);
    await expectStep(page, '①ログイン画面の「ワンタイムパスワードの利用停止はこちら」');
    await deactivate(page, token, SATO);
    await expectStep(page, '⑦「ログイン画面に戻る」');
    await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();
    await expectSummary(0);
  });

  it('changing tokens: stop the phone token, install the PC token, register its new ID', async () => {
    await start();
    await rehearse('トークンの変更');
    const [mobile] = await shownTokenIds(page, 1);
    await deactivate(page, mobile, SATO);
    await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();
    await expectStep(page, '新しいソフトウェアトークン「VIP Access Desktop」を用意します');
    const desktop = await installToken(page, 'desktop');
    await expectStep(page, '①');
    await register(page, desktop, SATO);
    await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();
    await expectSummary(0);
  });

  it('device lost: the counter resets the token ID, a new app is registered', async () => {
    await start();
    await rehearse('端末の紛失・故障');
    expect(await tokenIds(page)).toEqual([]);
    await expectStep(page, '当金庫の窓口に連絡して');
    await page.getByRole('link', { name: '窓口', exact: true }).click();
    await expectScreen(page, 'counter');
    await expectStep(page, '職員が、登録されているトークン IDをリセットします');
    await expectOutlined(page.getByRole('button', { name: `${SATO.contractId} のトークン IDをリセット` }));
    await screenshot('rehearsal-counter');
    await page.getByRole('button', { name: `${SATO.contractId} のトークン IDをリセット` }).click();
    // The counter asks first, as the demo's reset does.
    await page.getByRole('alertdialog').getByRole('button', { name: 'リセットする' }).click();
    await expectStep(page, 'お客さまとして、ログイン画面に戻ります');
    await page.getByRole('link', { name: 'ログイン画面に戻る' }).click();
    await expectScreen(page, 'L');
    const token = await installToken(page, 'mobile');
    await register(page, token, SATO);
    await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();
    await expectSummary(0);
  });
});

describe('guided rehearsal: mistakes and the exam', () => {
  it('a wrong code gets a kind word on how to recover, then the right one goes on', async () => {
    await start();
    await rehearse('ワンタイムパスワードを利用したログイン');
    const [token] = await shownTokenIds(page, 1);
    await login(page, SATO.contractId, SATO.password);
    await expectHeading(page, 'ワンタイムパスワード認証');
    const right = await codeOf(page, token);
    const wrong = right.replace(/\d/g, (digit) => String((Number(digit) + 5) % 10));
    await confirmOtp(page, wrong);
    await expect
      .poll(() => panelText(page))
      .toContain(
        'ワンタイムパスワードは30秒ごとに変わります。アプリに、いま表示されている数字を入力してください。',
      );
    await expectStep(page, '④');
    await expectOutlined(page.getByLabel('ワンタイムパスワード', { exact: true }));
    await screenshot('rehearsal-wrong-code');
    expect(await axeViolations(page)).toEqual([]);
    await confirmOtp(page, await codeOf(page, token));
    const summary = await expectSummary(1);
    expect(summary).toContain('ワンタイムパスワードの誤り（ログインの⑤）');
  });

  it('an exam gives no hints and ends with a score', async () => {
    await start();
    await rehearse('ワンタイムパスワードを利用したログイン', 'テスト');
    expect(await panelText(page)).toContain('テストではヒントは出ません。');
    const [token] = await shownTokenIds(page, 1);
    await login(page, SATO.contractId, 'demo2345');
    await expectHeading(page, 'ログイン');
    await expect
      .poll(() => page.getByText('契約者IDまたはログインパスワードが正しくありません。').count())
      .toBe(1);
    expect(await panelText(page)).not.toContain('やり直し方');
    expect(await page.locator('guided-rehearsal .outline').count()).toBe(0);
    await login(page, SATO.contractId, SATO.password);
    await confirmOtp(page, await codeOf(page, token));
    const summary = await expectSummary(1);
    expect(summary).toContain('得点 90点');
    await screenshot('rehearsal-exam-summary');
  });

  it('presenter mode outlines the next control thick and high-contrast', async () => {
    await start();
    await page.getByRole('button', { name: 'トレーナー用ツール' }).click();
    await page.getByRole('button', { name: 'プレゼンターモード' }).click();
    await rehearse('ワンタイムパスワードの利用停止');
    const outline = page.locator('guided-rehearsal .outline.target');
    await expectOutlined(page.getByRole('link', { name: 'ワンタイムパスワードの利用停止はこちら' }));
    expect(await outline.evaluate((element) => getComputedStyle(element).borderTopWidth)).toBe('6px');
    await screenshot('rehearsal-presenter');
  });
});

describe('guided rehearsal on a 360 px phone, where the bank and the token are two views', () => {
  it('outlines the view button when the control is in the other view, and says to press it first', async () => {
    page = (await suite.start({ width: 360, height: 740 })).page;
    await rehearse('ワンタイムパスワードの利用登録');
    await expectStep(page, 'ソフトウェアトークン「VIP Access for Mobile」を用意します');
    const tokenView = page.getByRole('button', { name: 'トークン', exact: true });
    await expectOutlined(tokenView);
    await expect
      .poll(() => panelText(page))
      .toContain('画面の幅が狭いため、先に上の「トークン」を押して表示します。');
    await screenshot('rehearsal-360-install');
    expect(await axeViolations(page)).toEqual([]);

    await tokenView.click();
    const install = page.getByRole('button', { name: 'VIP Access for Mobile をインストール' });
    await expectOutlined(install);
    await screenshot('rehearsal-360-install-token-view');
    expect(await panelText(page)).not.toContain('画面の幅が狭いため');
    await install.click();

    // ① is on the bank's login screen: now the bank's view button is the one to press.
    await expectStep(page, '①ログイン画面の「ワンタイムパスワードの利用登録はこちら」');
    const bankView = page.getByRole('button', { name: '銀行の画面', exact: true });
    await expectOutlined(bankView);
    await bankView.click();
    await expectOutlined(page.getByRole('link', { name: 'ワンタイムパスワードの利用登録はこちら' }));
    expect(await panelText(page)).not.toContain('画面の幅が狭いため');
  });
});
