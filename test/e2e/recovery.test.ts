/**
 * procedure.md X: the phone with the token is lost before the token could be deactivated. The
 * bank still holds the old token ID, so login still asks for a code and a new registration is
 * refused, until staff at the counter reset the token ID; then the customer registers a new token.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSuite, expectScreen } from './harness.js';
import {
  applyScenario,
  codeOf,
  confirmOtp,
  installToken,
  login,
  logout,
  mainText,
  nextCode,
  register,
  tokenApp,
  tokenIds,
} from './procedure.js';

const { start } = e2eSuite();

const SATO = { contractId: '2345678901', password: 'Demo2345' };

/** The counter's row for a customer. */
const counterRow = (page: Page, contractId: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: contractId, exact: true }) });

/** The token ID the counter lists for a customer, without spaces ('' when none). */
async function registeredTokenId(page: Page, contractId: string): Promise<string> {
  const text = (await counterRow(page, contractId).textContent()) ?? '';
  return /[A-Z]{4} \d{4} \d{4}/.exec(text)?.[0].replace(/\s/g, '') ?? '';
}

describe('device lost → reset at the bank counter → register again', () => {
  it('keeps the bank consistent until staff reset the token ID, then takes a new token', async () => {
    const app = await start();
    const { page } = app;

    // Her phone in the person's hands (a first visit shows nobody's): the token the counter lists for her.
    await applyScenario(page, 'トークン登録済み');
    await page.getByRole('link', { name: '窓口', exact: true }).click();
    await expectScreen(page, 'counter');
    await expect.poll(() => registeredTokenId(page, SATO.contractId)).toMatch(/^SYMC\d{8}$/);
    const registered = await registeredTokenId(page, SATO.contractId);
    const onPanel = (await tokenIds(page)).filter((id) => id.startsWith('SYMC'));
    expect(onPanel).toContain(registered);
    const lost = onPanel.find((id) => id === registered)!;
    await page.getByRole('link', { name: 'ログイン画面に戻る' }).click();
    await expectScreen(page, 'L');

    // It works: one login with its code.
    await login(page, SATO.contractId, SATO.password);
    await expectScreen(page, 'A1');
    await confirmOtp(page, await codeOf(page, lost));
    await expectScreen(page, 'account');
    expect(await mainText(page)).toContain('佐藤 花子');
    await logout(page);

    // The phone is lost.
    await tokenApp(page, lost).getByRole('button', { name: '端末を紛失' }).click();
    const question = tokenApp(page, lost).getByRole('alertdialog', { name: /紛失したことにします/ });
    await question.getByRole('button', { name: '端末を紛失' }).click();
    await expect.poll(() => tokenIds(page)).not.toContain(lost);

    // The bank still has the token: login asks for a code the customer can no longer read…
    await login(page, SATO.contractId, SATO.password);
    await expectScreen(page, 'A1');
    await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();
    await expectScreen(page, 'L');

    // …and a new registration is refused.
    await page.getByRole('link', { name: 'ワンタイムパスワードの利用登録はこちら' }).click();
    await expectScreen(page, 'R1');
    await page.getByLabel('契約者 ID').fill(SATO.contractId);
    await page.getByLabel('ログインパスワード', { exact: true }).fill(SATO.password);
    await page.getByRole('button', { name: '次へ' }).click();
    await expect.poll(() => mainText(page)).toContain('すでにワンタイムパスワードの利用登録がされています');
    await expectScreen(page, 'R1');

    // The bank counter resets the token ID.
    await page.getByRole('link', { name: '窓口', exact: true }).click();
    await expectScreen(page, 'counter');
    await expect.poll(() => registeredTokenId(page, SATO.contractId)).toBe(lost);
    await page.getByRole('button', { name: new RegExp(`${SATO.contractId}.*トークン IDをリセット`) }).click();
    // Staff confirm: the counter asks before a reset, as the demo's reset does.
    await page.getByRole('alertdialog').getByRole('button', { name: 'リセットする' }).click();
    await expect
      .poll(() => page.getByRole('main').getByRole('status').first().textContent())
      .toContain(`${SATO.contractId} のトークン IDをリセットしました。`);
    await expect.poll(() => counterRow(page, SATO.contractId).textContent()).toContain('未登録');
    await app.screenshot('ja-counter-after-reset');

    // A new phone, a new token ID, a new registration.
    await page.getByRole('link', { name: 'ログイン画面に戻る' }).click();
    await expectScreen(page, 'L');
    const replacement = await installToken(page, 'mobile');
    expect(replacement).not.toBe(lost);
    await register(page, replacement, SATO);
    await expectScreen(page, 'R3');
    await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();

    await login(page, SATO.contractId, SATO.password);
    await confirmOtp(page, await nextCode(page, replacement));
    await expectScreen(page, 'account');
    expect(await mainText(page)).toContain('佐藤 花子');
    expect(await mainText(page)).toContain(replacement.replace(/^(.{4})(\d{4})(\d{4})$/, '$1 $2 $3'));
  });
});
