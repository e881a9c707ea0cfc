import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/bank-deactivate-otp.js';
import { TICKET_LIFETIME_MS } from '../../../src/bank/bank.js';
import type { BankErrorCode } from '../../../src/bank/codes.js';
import { MALFORMED_CODE, runBankScreenSuite } from './bank-screen.suite.js';
import {
  expectRefusalBeside,
  lockCredential,
  lockCustomer,
  mountOnDemo,
  nextEvent,
  refusalShown,
  registrations,
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

/** S1 done for the customer whose token is installed and registered. */
async function deactivationTicket({ demo }: ScreenDemo) {
  const started = await demo.bank.startDeactivation(CUSTOMER.contractId, CUSTOMER.password);
  if (!started.ok) throw new Error(started.code);
  return started.ticket;
}

async function deactivateOtp() {
  const mounted = await mountOnDemo('bank-deactivate-otp', async (setup) => ({
    ticket: await deactivationTicket(setup),
  }));
  return { ...mounted, ...(await seededToken(mounted)) };
}

describe('<bank-deactivate-otp>', () => {
  runBankScreenSuite({
    tag: 'bank-deactivate-otp',
    properties: async (setup) => ({ ticket: await deactivationTicket(setup) }),
    label: { selector: 'label[for=code]', ja: 'ワンタイムパスワード', en: 'One-time password' },
    attributeError: { code: 'replayed-code', field: 'code' },
    badInput: MALFORMED_CODE,
    exit: { label: 'ログイン画面に戻る', event: 'flow-cancelled' },
  });

  it("shows the guide's labels for ワンタイムパスワード入力", async () => {
    const { element, root } = await deactivateOtp();
    const text = shadowText(element);
    for (const label of [
      'ワンタイムパスワード利用停止',
      'このページのご利用ガイド',
      'ワンタイムパスワードを入力し、「停止」ボタンを押してください。',
      '利用停止',
      '本Webサイト上における各コンテンツは、著作権によって保護されています。',
    ]) {
      expect(text).to.contain(label);
    }
    expect(root.querySelector('deactivation-trail')!.step).to.equal(2);
    expect(root.querySelector('label[for=code]')!.textContent).to.equal('ワンタイムパスワード');
    expect(root.querySelector('#code-hint')!.textContent).to.equal(
      '(トークンに表示されている数字を入力してください。(30秒毎に数字が変更されます。))',
    );
    const code = root.querySelector<HTMLInputElement>('#code')!;
    expect(code.inputMode).to.equal('numeric');
    expect(code.autocomplete).to.equal('one-time-code');
    const buttons = [...root.querySelectorAll('button')].map((button) => button.textContent!.trim());
    expect(buttons).to.deep.equal(['停止', 'ログイン画面に戻る']);
    expect(root.querySelector('[part=vendor-mark]')!.textContent).to.contain('Validation & ID Protection');
  });

  it('stops one-time passwords by keyboard alone', async () => {
    const { element, root, demo, rightCode } = await deactivateOtp();
    await typeInto(root, 'code', await rightCode());
    const deactivated = nextEvent<{ resultCode: string }>(element, 'otp-deactivated');
    await sendKeys({ press: 'Enter' });
    const event = await deactivated;
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    expect(event.detail).to.deep.equal({ resultCode: '00001' });
    expect((await demo.bank.customer(CUSTOMER.contractId))!.credentialId).to.equal(null);
  });

  type Setup = Awaited<ReturnType<typeof deactivateOtp>>;
  const refusals: {
    code: BankErrorCode;
    field: string;
    attemptsRemaining?: number;
    /** Sets the scene; returns the code the person types. */
    arrange: (setup: Setup) => Promise<string>;
  }[] = [
    {
      code: 'wrong-code',
      field: 'code',
      attemptsRemaining: 4,
      arrange: ({ demo, token, clock }) => wrongCode(demo, token, clock.now()),
    },
    {
      // Already used, but not a failed attempt: nothing counted, so no tries-left.
      code: 'replayed-code',
      field: 'code',
      arrange: async ({ demo, token, clock, rightCode }) => {
        const code = await rightCode();
        await demo.vip.validate(token.credentialId, code, clock.now());
        return code;
      },
    },
    {
      code: 'credential-locked',
      field: 'code',
      arrange: async ({ demo, token, clock, rightCode }) => {
        await lockCredential(demo, token, clock.now());
        return rightCode();
      },
    },
    {
      code: 'flow-expired',
      field: 'form',
      arrange: async ({ clock, rightCode }) => {
        clock.shift(TICKET_LIFETIME_MS);
        return rightCode();
      },
    },
    {
      code: 'locked',
      field: 'form',
      arrange: async ({ demo, rightCode }) => {
        await lockCustomer(demo, CUSTOMER.contractId);
        return rightCode();
      },
    },
    {
      code: 'no-token-registered',
      field: 'form',
      // Meanwhile, in another tab, the token was stopped through a second S1.
      arrange: async (setup) => {
        const other = await deactivationTicket(setup);
        expect((await setup.demo.bank.completeDeactivation(other, await setup.rightCode())).ok).to.equal(
          true,
        );
        return setup.rightCode();
      },
    },
  ];
  for (const { code, field, attemptsRemaining, arrange } of refusals) {
    it(`shows ${code} beside ${field}, clears the code, keeps the registration as it was`, async () => {
      const setup = await deactivateOtp();
      const { element, root, demo } = setup;
      const typed = await arrange(setup);
      const before = await storeSnapshot(demo);
      await typeInto(root, 'code', typed);
      await sendKeys({ press: 'Enter' });
      const message = await refusalShown(element);
      const wait = code === 'replayed-code' ? secondsToNextCode(setup.clock) : undefined;
      expectRefusalBeside(element, field, code, attemptsRemaining, 'ja', wait);
      expect(root.activeElement).to.equal(message);
      expect(root.querySelector<HTMLInputElement>('#code')!.value).to.equal('');
      expect(registrations(await storeSnapshot(demo))).to.deep.equal(registrations(before));
      await expect(element).to.be.accessible();
    });
  }

  it('shows the message and the hint together in English', async () => {
    const { element, root, demo, token, clock } = await deactivateOtp();
    element.locale = 'en';
    await typeInto(root, 'code', await wrongCode(demo, token, clock.now()));
    await sendKeys({ press: 'Enter' });
    await refusalShown(element);
    expectRefusalBeside(element, 'code', 'wrong-code', 4, 'en');
    expect(root.querySelector('#code')!.getAttribute('aria-describedby')).to.equal('code-hint code-error');
  });
});
