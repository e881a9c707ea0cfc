/**
 * What a person does on the page, by role and label, for the end-to-end flows: fill the bank's
 * forms, install tokens on the panel, read codes off the token as a person reads them.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const DEFAULT = { contractId: '1234567890', password: 'Demo1234' };

const panel = (page: Page) =>
  page.getByRole('complementary', { name: /^(ソフトウェアトークン|Soft token)$/ });
const spaced = (credentialId: string) => credentialId.replace(/^(.{4})(\d{4})(\d{4})$/, '$1 $2 $3');

/** The credential IDs the token panel shows, as typed without spaces. */
export async function tokenIds(page: Page): Promise<string[]> {
  const shown = await panel(page)
    .getByText(/^[A-Z]{4} \d{4} \d{4}$/)
    .allTextContents();
  return shown.map((text) => text.replace(/\s/g, ''));
}

/**
 * The credential IDs on the token panel once it shows `count` apps: a scenario's or a rehearsal's
 * status can be said a moment before the panel has redrawn.
 */
export async function shownTokenIds(page: Page, count: number): Promise<string[]> {
  await expect.poll(() => tokenIds(page)).toHaveLength(count);
  return tokenIds(page);
}

export async function installToken(
  page: Page,
  kind: 'mobile' | 'desktop',
  locale: 'ja' | 'en' = 'ja',
): Promise<string> {
  const before = await tokenIds(page);
  const app = kind === 'mobile' ? 'VIP Access for Mobile' : 'VIP Access Desktop';
  const name = locale === 'ja' ? `${app} をインストール` : `Install ${app}`;
  await panel(page).getByRole('button', { name }).click();
  await expect.poll(() => tokenIds(page)).toHaveLength(before.length + 1);
  const installed = (await tokenIds(page)).find((id) => !before.includes(id))!;
  expect(installed).toMatch(kind === 'mobile' ? /^SYMC\d{8}$/ : /^SYDC\d{8}$/);
  return installed;
}

/** The token app of `credentialId` on the panel, with its buttons. */
export const tokenApp = (page: Page, credentialId: string) =>
  panel(page)
    .locator('soft-token')
    .filter({ has: page.getByRole('group', { name: new RegExp(spaced(credentialId)) }) });

/** The caption that says whose the token of `credentialId` is in the demo (`未登録` before registration). */
export async function captionOf(page: Page, credentialId: string): Promise<string> {
  return ((await tokenApp(page, credentialId).locator('[part=caption]').textContent()) ?? '').trim();
}

/**
 * Whether the token of `credentialId` — its caption, ID and code — is in view: inside the window,
 * and inside the token panel's box where the panel scrolls on its own (getBoundingClientRect).
 */
export function tokenInView(page: Page, credentialId: string): Promise<boolean> {
  return page.evaluate((id) => {
    const panel = document.querySelector('otp-rehearsal-app')!.shadowRoot!.querySelector('soft-token-panel')!;
    const token = [...panel.shadowRoot!.querySelectorAll('soft-token')].find((t) => t.credentialId === id);
    const frame = token?.shadowRoot!.querySelector('[part=frame]')?.getBoundingClientRect();
    const caption = token?.shadowRoot!.querySelector('[part=caption]')?.getBoundingClientRect();
    if (!frame || !caption || frame.height === 0) return false;
    const room = panel.getBoundingClientRect();
    const top = Math.max(0, room.top);
    const bottom = Math.min(window.innerHeight, room.bottom);
    return caption.top >= top && frame.bottom <= bottom;
  }, credentialId);
}

export const trainerTools = (page: Page) => page.locator('trainer-bar');
export const trainerButton = (page: Page, name: string) =>
  trainerTools(page).getByRole('button', { name, exact: true });

/** The id of the trainer's popover that is open (scenarios, clock, customers), if one is. */
export const openTrainerPopover = (page: Page) =>
  trainerTools(page).evaluate((bar) => bar.shadowRoot?.querySelector(':popover-open')?.id ?? null);

/** Opens or closes the trainer's tools (their row of buttons) with their toggle, in either language. */
export async function toggleTrainerTools(page: Page, open: boolean) {
  const toggle = trainerTools(page).getByRole('button', { name: /^(トレーナー用ツール|Trainer tools)$/ });
  if ((await toggle.getAttribute('aria-expanded')) !== String(open)) await toggle.click();
  const row = trainerTools(page).locator('button[popovertarget]');
  await expect.poll(() => row.count()).toBe(open ? 3 : 0);
}

/** Opens the trainer's tools and one of their popovers by its button in the row: シナリオ, デモの時刻, デモのお客さま. */
export async function openTrainerTool(page: Page, name: string) {
  await toggleTrainerTools(page, true);
  const opener = trainerButton(page, name);
  const id = await opener.getAttribute('popovertarget');
  if ((await openTrainerPopover(page)) !== id) await opener.click();
  await expect.poll(() => openTrainerPopover(page)).toBe(id);
}

/** Presses a scenario in the trainer's シナリオ popover, which closes; the tools' row stays open. */
export async function chooseScenario(page: Page, label: string, scenarios = 'シナリオ') {
  await openTrainerTool(page, scenarios);
  await trainerButton(page, label).click();
  await expect.poll(() => openTrainerPopover(page)).toBe(null);
  await expect.poll(() => trainerTools(page).getByRole('status').textContent()).toContain(label);
}

/** As a trainer does it: open the trainer's tools, press the scenario, close the tools again. */
export async function applyScenario(page: Page, label: string) {
  await chooseScenario(page, label);
  await toggleTrainerTools(page, false);
}

/** The six digits the token shows now, read as a person reads them. */
export async function codeOf(page: Page, credentialId: string): Promise<string> {
  const code = tokenApp(page, credentialId).locator('[part="code"]');
  await expect.poll(async () => (await code.textContent())?.trim()).toMatch(/^\d{3} \d{3}$/);
  return (await code.textContent())!.replace(/\s/g, '');
}

/**
 * Waits (in fake page time) for the token's next code, as a person waits for the next 30 s: to just
 * after the next step begins, so the code holds for almost 30 s of (slow, shared) real time.
 */
export async function nextCode(page: Page, credentialId: string): Promise<string> {
  const before = await codeOf(page, credentialId);
  const intoStep = await page.evaluate(() => Date.now() % 30_000);
  await page.clock.fastForward(30_000 - intoStep + 100);
  await expect.poll(() => codeOf(page, credentialId)).not.toBe(before);
  return codeOf(page, credentialId);
}

async function heading(page: Page): Promise<string> {
  const title = page.getByRole('main').getByRole('heading', { level: 2 }).first();
  return (await title.textContent())!.trim();
}

export async function expectHeading(page: Page, text: string) {
  await expect.poll(() => heading(page)).toContain(text);
}

export async function login(page: Page, contractId: string, password: string) {
  await expectHeading(page, 'ログイン');
  await page.getByLabel('契約者ID(利用者番号)').fill(contractId);
  await page.getByLabel('ログインパスワード', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
}

export async function confirmOtp(page: Page, code: string) {
  await expectHeading(page, 'ワンタイムパスワード認証');
  await page.getByLabel('ワンタイムパスワード', { exact: true }).fill(code);
  await page.getByRole('button', { name: '確認', exact: true }).click();
}

export async function logout(page: Page) {
  await expectHeading(page, '口座情報');
  await page.getByRole('button', { name: 'ログアウト' }).click();
  await expectHeading(page, 'ログイン');
}

/** R1 → R2 → R3, starting from the login screen. */
export async function register(page: Page, credentialId: string, customer = DEFAULT) {
  await page.getByRole('link', { name: 'ワンタイムパスワードの利用登録はこちら' }).click();
  await expectHeading(page, 'ワンタイムパスワード利用登録');
  await page.getByLabel('契約者 ID').fill(customer.contractId);
  await page.getByLabel('ログインパスワード', { exact: true }).fill(customer.password);
  await page.getByRole('button', { name: '次へ' }).click();
  await expect.poll(() => page.getByLabel('トークン ID').count()).toBe(1);
  await page.getByLabel('トークン ID').fill(spaced(credentialId));
  await page.getByLabel('ワンタイムパスワード', { exact: true }).fill(await codeOf(page, credentialId));
  await page.getByRole('button', { name: '登録', exact: true }).click();
  await expect.poll(() => mainText(page)).toContain('ワンタイムパスワードの利用登録が完了しました。');
}

/**
 * The guide's whole first lesson for the default customer, from the login screen: install a mobile
 * token, register it (R1–R3), back to login, log in with the token's next code (A1); ends on the
 * account page. The next code, because registering used this 30 s step's code.
 */
export async function registerAndLogIn(page: Page) {
  const token = await installToken(page, 'mobile');
  await register(page, token);
  await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();
  await login(page, DEFAULT.contractId, DEFAULT.password);
  await confirmOtp(page, await nextCode(page, token));
  await expectHeading(page, '口座情報');
}

/** S1 → S2 → S3, starting from the login screen. */
export async function deactivate(page: Page, credentialId: string, customer = DEFAULT) {
  await page.getByRole('link', { name: 'ワンタイムパスワードの利用停止はこちら' }).click();
  await expectHeading(page, 'ワンタイムパスワード利用停止');
  await page.getByLabel('契約者ID', { exact: true }).fill(customer.contractId);
  await page.getByLabel('ログインパスワード', { exact: true }).fill(customer.password);
  await page.getByRole('button', { name: '次へ' }).click();
  await expect
    .poll(() => mainText(page))
    .toContain('ワンタイムパスワードを入力し、「停止」ボタンを押してください。');
  await page.getByLabel('ワンタイムパスワード', { exact: true }).fill(await nextCode(page, credentialId));
  await page.getByRole('button', { name: '停止' }).click();
  await expect.poll(() => mainText(page)).toContain('ワンタイムパスワードの利用停止が完了しました。(00001)');
}

/** The bank window's text, shadow roots included (innerText does not pierce them). */
export function mainText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const collect = (node: Node): string => {
      let text = '';
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
        else if (child instanceof Element) {
          if (child.shadowRoot) text += collect(child.shadowRoot);
          text += collect(child);
        }
      }
      return text;
    };
    const app = document.querySelector('otp-rehearsal-app')!.shadowRoot!;
    return collect(app.querySelector('main')!).replace(/\s+/g, ' ');
  });
}
