import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { e2eSuite, expectScreen } from './harness.js';
import {
  DEFAULT,
  applyScenario,
  captionOf,
  codeOf,
  confirmOtp,
  installToken,
  login,
  logout,
  mainText,
  nextCode,
  openTrainerTool,
  shownTokenIds,
  tokenIds,
  tokenInView,
} from './procedure.js';

// A customer's first minutes at home, as issue 12 saw them: whose phone is whose, a notice that
// outstays its moment, a lock with no way out, English that reads as English, a phone-width screen.
const { start } = e2eSuite();

const LOCKED = { contractId: '3456789012', password: 'Demo3456' };

const panel = (page: Page) => page.getByRole('complementary', { name: 'ソフトウェアトークン' });

/** The token panel scrolled back to its top, and the page too: as a person may leave them. */
async function scrollEverythingToTop(page: Page) {
  await page.evaluate(() => {
    document.querySelector('otp-rehearsal-app')!.shadowRoot!.querySelector('soft-token-panel')!.scrollTop = 0;
    window.scrollTo(0, 0);
  });
}

describe('whose phone is whose (issue 12, 1)', () => {
  it("a first visit shows nobody's phone; the trainer's トークン登録済み puts 佐藤 花子's there, captioned", async () => {
    const { page } = await start();
    expect(await tokenIds(page)).toEqual([]);
    await expect.poll(() => panel(page).textContent()).toContain('インストールされたアプリはありません。');

    await applyScenario(page, 'トークン登録済み');
    const [token] = await shownTokenIds(page, 1);
    await expect.poll(() => captionOf(page, token)).toBe('佐藤 花子さんのスマートフォン');
    // The caption is part of the app's name, for a screen reader too.
    expect(
      await panel(page)
        .getByRole('group', { name: /佐藤 花子さんのスマートフォン/ })
        .count(),
    ).toBe(1);
  });

  it('at 1280×860 the app just installed, the one R2 registers and the one A1 asks for are in view; captions follow in every tab', async () => {
    const app = await start({ width: 1280, height: 860 });
    const { page } = app;
    // A second tab of the demo, as on a second screen.
    const other = await app.context.newPage();
    await other.goto(app.baseUrl);
    await expect.poll(() => tokenIds(other)).toEqual([]);

    const mobile = await installToken(page, 'mobile');
    await expect.poll(() => tokenInView(page, mobile)).toBe(true);
    await expect.poll(() => captionOf(page, mobile)).toBe('未登録');
    const desktop = await installToken(page, 'desktop');
    await expect.poll(() => tokenInView(page, desktop)).toBe(true);
    await expect.poll(() => captionOf(page, desktop)).toBe('未登録');
    await expect.poll(() => tokenIds(other)).toEqual([mobile, desktop]);
    await expect.poll(() => captionOf(other, desktop)).toBe('未登録');

    // R1 → R2 with the panel scrolled back to the first app: R2 brings the one to register (the newest).
    await scrollEverythingToTop(page);
    expect(await tokenInView(page, desktop)).toBe(false);
    await page.getByRole('link', { name: 'ワンタイムパスワードの利用登録はこちら' }).click();
    await page.getByLabel('契約者 ID').fill(DEFAULT.contractId);
    await page.getByLabel('ログインパスワード', { exact: true }).fill(DEFAULT.password);
    await page.getByRole('button', { name: '次へ' }).click();
    await expectScreen(page, 'R2');
    await expect.poll(() => tokenInView(page, desktop)).toBe(true);
    await page.getByLabel('トークン ID').fill(desktop);
    await page.getByLabel('ワンタイムパスワード', { exact: true }).fill(await codeOf(page, desktop));
    await page.getByRole('button', { name: '登録', exact: true }).click();
    await expectScreen(page, 'R3');
    await expect.poll(() => captionOf(page, desktop)).toBe('山田 太郎さんのパソコン');
    await expect.poll(() => captionOf(page, mobile)).toBe('未登録');
    await expect.poll(() => captionOf(other, desktop)).toBe('山田 太郎さんのパソコン');
    await page.getByRole('button', { name: 'ログイン画面に戻る' }).click();

    // A1: the customer's app, whichever the panel showed.
    await scrollEverythingToTop(page);
    expect(await tokenInView(page, desktop)).toBe(false);
    await login(page, DEFAULT.contractId, DEFAULT.password);
    await expectScreen(page, 'A1');
    await expect.poll(() => tokenInView(page, desktop)).toBe(true);
    await app.screenshot('first-minutes-A1-1280');
    await confirmOtp(page, await nextCode(page, desktop));
    await expectScreen(page, 'account');
    await logout(page);

    // Deactivated (S1 → S2 → S3): nobody's again, here and in the other tab.
    await page.getByRole('link', { name: 'ワンタイムパスワードの利用停止はこちら' }).click();
    await page.getByLabel('契約者ID', { exact: true }).fill(DEFAULT.contractId);
    await page.getByLabel('ログインパスワード', { exact: true }).fill(DEFAULT.password);
    await page.getByRole('button', { name: '次へ' }).click();
    await expectScreen(page, 'S2');
    await expect.poll(() => tokenInView(page, desktop)).toBe(true);
    await page.getByLabel('ワンタイムパスワード', { exact: true }).fill(await nextCode(page, desktop));
    await page.getByRole('button', { name: '停止' }).click();
    await expect
      .poll(() => mainText(page))
      .toContain('ワンタイムパスワードの利用停止が完了しました。(00001)');
    await expect.poll(() => captionOf(page, desktop)).toBe('未登録');
    await expect.poll(() => captionOf(other, desktop)).toBe('未登録');
  });
});

describe('a notice belongs to its moment (issue 12, 3)', () => {
  it('ログアウトしました。 is gone with the next submit, and stays gone in English', async () => {
    const { page } = await start();
    await login(page, DEFAULT.contractId, DEFAULT.password);
    await expectScreen(page, 'account');
    await logout(page);
    const notice = page.getByRole('main').getByRole('status').filter({ hasText: 'ログアウトしました。' });
    await expect.poll(() => notice.count()).toBe(1);

    await login(page, DEFAULT.contractId, 'Wrong-password-1');
    await expect.poll(() => mainText(page)).toContain('契約者IDまたはログインパスワードが正しくありません。');
    expect(await mainText(page)).not.toContain('ログアウトしました。');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => mainText(page)).toContain('The contract ID or login password is incorrect.');
    expect(await mainText(page)).not.toContain('You have logged out.');
  });
});

describe('locked, and then? (issue 12, 4)', () => {
  it("keeps the guide's sentence and says the 窓口 link is where staff unlock, in Japanese and English", async () => {
    const { page } = await start();
    await login(page, LOCKED.contractId, LOCKED.password);
    const refusal = page.getByRole('main').locator('.error');
    await expect
      .poll(() => refusal.textContent())
      .toContain(
        '規定回数を超えて誤った入力があったため、ご利用を停止しています。お取引店の窓口へご連絡ください。',
      );
    expect(await refusal.textContent()).toContain(
      'このデモでは、画面上部の「窓口」リンクから開く窓口の画面で、職員がロックを解除します。',
    );
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => refusal.textContent())
      .toContain(
        'In this demo, staff lift the lock on the bank counter screen, opened from the "Bank counter" link',
      );

    // As it says: the link, the unlock, and the customer logs in.
    await page.getByRole('link', { name: 'Bank counter', exact: true }).click();
    await page.getByRole('button', { name: `Unlock ${LOCKED.contractId}` }).click();
    await page.getByRole('button', { name: '日本語' }).click();
    await page.getByRole('link', { name: 'ログイン画面に戻る' }).click();
    await login(page, LOCKED.contractId, LOCKED.password);
    await expectScreen(page, 'account');
  });
});

/** The screen shown, by the URL's hash (expectScreen knows the Japanese titles). */
async function expectHash(page: Page, hash: string) {
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(hash);
}

/** Everything the app shows, shadow roots included, whitespace collapsed. */
function appText(page: Page): Promise<string> {
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
    return collect(document.querySelector('otp-rehearsal-app')!.shadowRoot!).replace(/\s+/g, ' ');
  });
}

describe('English that reads as English (issue 12, 5)', () => {
  it('romanised names, one name for the one-time password, no nested brackets', async () => {
    const { page } = await start();
    await page.getByRole('button', { name: 'English' }).click();
    const seen: string[] = [];
    const look = async () => seen.push(await appText(page));

    const token = await installToken(page, 'mobile', 'en');
    await expect.poll(() => captionOf(page, token)).toBe('Not registered');
    await page.getByRole('link', { name: 'Register for one-time passwords here' }).click();
    await page.getByLabel('Contract ID', { exact: true }).fill(DEFAULT.contractId);
    await page.getByLabel('Login password', { exact: true }).fill(DEFAULT.password);
    await page.getByRole('button', { name: 'Next' }).click();
    await expectHash(page, '#/register/token');
    expect(await page.getByLabel('One-time password', { exact: true }).count()).toBe(1);
    await look();
    await page.getByLabel('Token ID').fill(token);
    await page.getByLabel('One-time password', { exact: true }).fill(await codeOf(page, token));
    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await expect.poll(() => captionOf(page, token)).toBe("Taro Yamada's phone");
    await look();
    await page.getByRole('button', { name: 'Back to login' }).click();

    await page.getByLabel('Contract ID (user number)').fill(DEFAULT.contractId);
    await page.getByLabel('Login password', { exact: true }).fill(DEFAULT.password);
    await page.getByRole('button', { name: 'Login', exact: true }).click();
    await expectHash(page, '#/login/otp');
    const right = await nextCode(page, token);
    const wrong = right.replace(/\d/g, (digit) => String((Number(digit) + 5) % 10));
    await page.getByLabel('One-time password', { exact: true }).fill(wrong);
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await expect.poll(() => mainText(page)).toContain('Incorrect one-time password. Please try again.');
    await look();
    await page.getByLabel('One-time password', { exact: true }).fill(right);
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await expectHash(page, '#/account');
    await expect.poll(() => mainText(page)).toContain('Welcome, Taro Yamada');
    await look();

    for (const text of seen) {
      expect(text).not.toMatch(/security code/i);
      expect(text).not.toMatch(/\([^()]*\(/);
      expect(text).not.toMatch(/山田|佐藤|鈴木/);
    }
  });
});

/**
 * What is cut off at the window's edges: every element the app lays out whose box crosses the
 * left or right edge of the window (getBoundingClientRect), but for those inside a box that
 * scrolls sideways on purpose (a wide table). Described by tag, class and text.
 */
function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const scrollsSideways = (element: Element) => /auto|scroll/.test(getComputedStyle(element).overflowX);
    const walk = (root: ParentNode, inScroller: boolean) => {
      for (const element of root.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        const scroller = inScroller || scrollsSideways(element);
        const shown = box.width > 0 && box.height > 0;
        if (shown && !inScroller && (box.left < -0.5 || box.right > window.innerWidth + 0.5)) {
          const text = (element.textContent ?? '').trim().slice(0, 30);
          found.push(
            `${element.tagName.toLowerCase()}.${element.className} "${text}" ${box.left}–${box.right}`,
          );
        }
        if (element.shadowRoot) walk(element.shadowRoot, scroller);
      }
    };
    walk(document.querySelector('otp-rehearsal-app')!.shadowRoot!, false);
    return found;
  });
}

/** For each button of the 銀行の画面 / トークン switch: does a tap at its centre reach it (elementFromPoint)? */
function switchTappable(page: Page): Promise<boolean[]> {
  return page.evaluate(() => {
    const app = document.querySelector('otp-rehearsal-app')!.shadowRoot!;
    return [...app.querySelectorAll<HTMLElement>('.views button')].map((button) => {
      const box = button.getBoundingClientRect();
      const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
      let hit = document.elementFromPoint(x, y);
      while (hit?.shadowRoot) {
        const inner = hit.shadowRoot.elementFromPoint(x, y);
        if (!inner || inner === hit) break;
        hit = inner;
      }
      return hit === button;
    });
  });
}

const PHONE_WORDS = {
  ja: {
    guide: 'ガイド付き練習',
    procedure: 'ワンタイムパスワードの利用登録',
    mode: 'ガイドあり',
    start: '練習を始める',
    bank: '銀行の画面',
    token: 'トークン',
    install: 'VIP Access for Mobile をインストール',
    registerLink: 'ワンタイムパスワードの利用登録はこちら',
    contractId: '契約者 ID',
    password: 'ログインパスワード',
    next: '次へ',
    credentialId: 'トークン ID',
    code: 'ワンタイムパスワード',
    register: '登録',
    backToLogin: 'ログイン画面に戻る',
    loginContractId: '契約者ID(利用者番号)',
    login: 'ログイン',
    confirm: '確認',
    close: '閉じる',
  },
  en: {
    guide: 'Guided rehearsal',
    procedure: 'Register for one-time passwords',
    mode: 'Guided',
    start: 'Start rehearsal',
    bank: 'Bank',
    token: 'Token',
    install: 'Install VIP Access for Mobile',
    registerLink: 'Register for one-time passwords here',
    contractId: 'Contract ID',
    password: 'Login password',
    next: 'Next',
    credentialId: 'Token ID',
    code: 'One-time password',
    register: 'Register',
    backToLogin: 'Back to login',
    loginContractId: 'Contract ID (user number)',
    login: 'Login',
    confirm: 'Confirm',
    close: 'Close',
  },
};

describe('a 360 px phone (issue 12, 6)', () => {
  for (const locale of ['ja', 'en'] as const) {
    it(`cuts nothing off and leaves the view switch tappable during a guided rehearsal (${locale})`, async () => {
      const app = await start({ width: 360, height: 740 });
      const { page } = app;
      const w = PHONE_WORDS[locale];
      if (locale === 'en') await page.getByRole('button', { name: 'English' }).click();
      const problems: Record<string, unknown> = {};
      const check = async (where: string) => {
        const cut = await cutOff(page);
        const switchTaps = await switchTappable(page);
        if (cut.length > 0 || switchTaps.includes(false)) problems[where] = { cut, switchTaps };
      };
      const view = (name: string) => page.getByRole('button', { name, exact: true });
      const bankView = async () => {
        await view(w.bank).click();
        await page.evaluate(() => window.scrollTo(0, 0));
      };

      await page.getByRole('button', { name: w.guide }).click();
      await page.getByLabel(w.procedure, { exact: true }).check();
      await page.getByLabel(w.mode, { exact: true }).check();
      await page.getByRole('button', { name: w.start }).click();
      await expect.poll(() => page.locator('guided-rehearsal .overlay').count()).toBe(1);
      await check('L, the guide open');

      // Taps on the switch work with the card open: the token view, the app, back to the bank.
      await view(w.token).click();
      await page.getByRole('button', { name: w.install }).click();
      const [token] = await shownTokenIds(page, 1);
      await check('token view, app installed');
      await bankView();
      await page.getByRole('link', { name: w.registerLink }).click();
      await page.getByLabel(w.contractId, { exact: true }).fill(DEFAULT.contractId);
      await page.getByLabel(w.password, { exact: true }).fill(DEFAULT.password);
      await check('R1, filled');
      await page.getByRole('button', { name: w.next }).click();
      await expect.poll(() => page.getByLabel(w.credentialId).count()).toBe(1);
      await check('R2');
      await view(w.token).click();
      await expect.poll(() => tokenInView(page, token)).toBe(true);
      await check('R2, the token view');
      const code = await codeOf(page, token);
      await bankView();
      await page.getByLabel(w.credentialId).fill(token);
      await page.getByLabel(w.code, { exact: true }).fill(code);
      await page.getByRole('button', { name: w.register, exact: true }).click();
      await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/register/done');
      await check('R3');
      await page.getByRole('button', { name: w.backToLogin }).click();
      await expect.poll(() => page.locator('guided-rehearsal .summary').count()).toBe(1);
      await check('the summary');
      await page.locator('guided-rehearsal .summary').getByRole('button', { name: w.close }).click();

      // The account page, whose values ran off the right edge in English.
      await page.getByLabel(w.loginContractId).fill(DEFAULT.contractId);
      await page.getByLabel(w.password, { exact: true }).fill(DEFAULT.password);
      await page.getByRole('button', { name: w.login, exact: true }).click();
      await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/login/otp');
      await check('A1');
      await view(w.token).click();
      const next = await nextCode(page, token);
      await bankView();
      await page.getByLabel(w.code, { exact: true }).fill(next);
      await page.getByRole('button', { name: w.confirm, exact: true }).click();
      await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/account');
      await expect.poll(() => mainText(page)).toContain(locale === 'en' ? 'Taro Yamada' : '山田 太郎');
      await check('account');
      await app.screenshot(`first-minutes-360-${locale}-account`);
      expect(problems).toEqual({});
    });
  }
});

describe('the seeded locked customer (issue 12, 10)', () => {
  it('shows the five wrong passwords that locked 鈴木 一郎, at the counter and in the trainer table', async () => {
    const { page } = await start();
    await page.getByRole('link', { name: '窓口', exact: true }).click();
    await expectScreen(page, 'counter');
    const row = page
      .locator('bank-counter #customers')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: LOCKED.contractId, exact: true }) });
    await expect
      .poll(async () => (await row.getByRole('cell').allTextContents()).map((text) => text.trim()))
      .toEqual(expect.arrayContaining(['鈴木 一郎', 'ロック中', '5']));
    // Each of them in the audit log.
    const log = page.locator('bank-counter #log tbody tr').filter({ hasText: LOCKED.contractId });
    await expect.poll(() => log.filter({ hasText: 'パスワード誤り' }).count()).toBe(5);

    await openTrainerTool(page, 'デモのお客さま');
    const trainerRow = page.locator('trainer-bar').getByRole('row').filter({ hasText: LOCKED.contractId });
    await expect.poll(() => trainerRow.textContent()).toContain('ロック中（連続5回誤り）');
  });
});
