import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/bank-login-otp.js';
import type { BankErrorCode } from '../../../src/bank/codes.js';
import type { Locale } from '../../../src/i18n/index.js';
import { MALFORMED_CODE, runBankScreenSuite } from './bank-screen.suite.js';
import {
  expectRefusalBeside,
  mountOnDemo,
  nextEvent,
  refusalShown,
  secondsToNextCode,
  seededToken,
  shadowText,
  storeSnapshot,
  typeInto,
  TOKEN_HOLDER,
  wrongCode,
  type ScreenDemo,
} from './fixtures.js';

const CUSTOMER = TOKEN_HOLDER;

/** The login screen's step done: A1's properties, with the ticket it returned. */
async function loginStep({ demo }: ScreenDemo) {
  const result = await demo.bank.login(CUSTOMER.contractId, CUSTOMER.password);
  if (!result.ok || result.next !== 'otp') throw new Error('no OTP step');
  return { ticket: result.ticket, contractId: CUSTOMER.contractId };
}

async function loginOtp() {
  const mounted = await mountOnDemo('bank-login-otp', loginStep);
  return { ...mounted, ...(await seededToken(mounted)) };
}

describe('<bank-login-otp>', () => {
  runBankScreenSuite({
    tag: 'bank-login-otp',
    properties: loginStep,
    label: { selector: 'label[for=code]', ja: 'ワンタイムパスワード', en: 'One-time password' },
    attributeError: { code: 'wrong-code', field: 'code' },
    badInput: MALFORMED_CODE,
    exit: { label: 'ログイン画面に戻る', event: 'flow-cancelled' },
  });

  it("shows the guide's labels for ワンタイムパスワード認証画面", async () => {
    const { element, root } = await loginOtp();
    expect(shadowText(element)).to.contain(
      'ソフトウェアトークンに表示されている「ワンタイムパスワード」を入力し、「確認」ボタンを押してください。',
    );
    // The guide link sits beside the heading, not inside it: the heading's name is the title alone.
    expect(root.querySelector('h2')!.textContent!.trim()).to.equal('ワンタイムパスワード認証');
    expect(root.querySelector('a.guide-link')!.getAttribute('href')).to.equal('#/help/login-otp');
    expect(root.querySelector('a.guide-link')!.textContent).to.equal('このページのご利用ガイド');
    expect(root.querySelector('#code-hint')!.textContent).to.equal(
      '(トークンに表示されている数字を入力してください。(30秒毎に数字が変更されます。))',
    );
    const code = root.querySelector<HTMLInputElement>('#code')!;
    expect(code.inputMode).to.equal('numeric');
    expect(code.autocomplete).to.equal('one-time-code');
    const buttons = [...root.querySelectorAll('button')].map((button) => button.textContent!.trim());
    expect(buttons).to.deep.equal(['確認', 'ログイン画面に戻る']);
  });

  it('logs the customer in with the code the token shows now, by keyboard alone', async () => {
    const { element, root, demo, rightCode } = await loginOtp();
    await typeInto(root, 'code', await rightCode());
    const succeeded = nextEvent<{ contractId: string; sessionId: string }>(element, 'login-succeeded');
    await sendKeys({ press: 'Enter' });
    const event = await succeeded;
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    expect(event.detail.contractId).to.equal(CUSTOMER.contractId);
    expect(event.detail.sessionId).to.match(/^[0-9a-f]{32}$/);
    expect((await demo.bank.account(event.detail.sessionId)).ok).to.equal(true);
    expect(root.querySelector<HTMLInputElement>('#code')!.value).to.equal('');
  });

  type Setup = Awaited<ReturnType<typeof loginOtp>>;
  const refusals: {
    code: BankErrorCode;
    /** Tries left after it: a wrong code counts, a replayed one (already used) does not. */
    attemptsRemaining?: number;
    /** Sets the scene; returns the code the person types. */
    arrange: (setup: Setup) => Promise<string>;
  }[] = [
    {
      code: 'wrong-code',
      attemptsRemaining: 4,
      arrange: ({ demo, token, clock }) => wrongCode(demo, token, clock.now()),
    },
    {
      code: 'replayed-code',
      arrange: async ({ demo, token, clock, rightCode }) => {
        const code = await rightCode();
        await demo.vip.validate(token.credentialId, code, clock.now());
        return code;
      },
    },
  ];
  for (const { code, attemptsRemaining, arrange } of refusals) {
    for (const locale of ['ja', 'en'] as const satisfies Locale[]) {
      it(`shows ${code} beside the field, clears it, opens no session (${locale})`, async () => {
        const setup = await loginOtp();
        const { element, root, demo } = setup;
        element.locale = locale;
        const typed = await arrange(setup);
        const before = await storeSnapshot(demo);
        await typeInto(root, 'code', typed);
        await sendKeys({ press: 'Enter' });
        const message = await refusalShown(element);
        // A code already used says when the token shows a new one, and counts nothing: no tries left.
        const wait = code === 'replayed-code' ? secondsToNextCode(setup.clock) : undefined;
        expectRefusalBeside(element, 'code', code, attemptsRemaining, locale, wait);
        if (wait !== undefined) expect(message.textContent).to.contain(String(wait));
        expect(root.activeElement).to.equal(message);
        expect(root.querySelector('#code')!.getAttribute('aria-describedby')).to.equal(
          'code-hint code-error',
        );
        expect(root.querySelector<HTMLInputElement>('#code')!.value).to.equal('');
        expect((await demo.bank.customer(CUSTOMER.contractId))!.failedAttempts).to.equal(
          attemptsRemaining === undefined ? 0 : 1,
        );
        expect((await storeSnapshot(demo)).sessions).to.deep.equal(before.sessions);
        await expect(element).to.be.accessible();
      });
    }
  }
});
