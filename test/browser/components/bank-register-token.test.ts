import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/bank-register-token.js';
import { TICKET_LIFETIME_MS } from '../../../src/bank/bank.js';
import type { BankErrorCode } from '../../../src/bank/codes.js';
import { formatCredentialId, type InstalledToken } from '../../../src/token/device.js';
import { runBankScreenSuite } from './bank-screen.suite.js';
import {
  expectRefusalBeside,
  lockCredential,
  lockCustomer,
  mountOnDemo,
  mountScreen,
  nextEvent,
  refusalShown,
  registrations,
  screenDemo,
  secondsToNextCode,
  shadowText,
  storeSnapshot,
  typeInto,
  wrongCode,
  type ScreenDemo,
} from './fixtures.js';
import { okOf } from '../../results.js';

const CUSTOMER = { contractId: '1234567890', password: 'Demo1234' };

/** R1 done for the customer without a token, and a token freshly installed to register. */
async function registrationTicket({ demo, clock }: ScreenDemo) {
  const token = okOf(await demo.device.install('mobile', clock.now())).token;
  const started = await demo.bank.startRegistration(CUSTOMER.contractId, CUSTOMER.password);
  if (!started.ok) throw new Error(started.code);
  return { token, ticket: started.ticket };
}

async function registerToken() {
  const setup = await screenDemo();
  const { token, ticket } = await registrationTicket(setup);
  const { element, root } = await mountScreen('bank-register-token', { bank: setup.demo.bank, ticket });
  return { ...setup, element, root, token, ticket };
}

describe('<bank-register-token>', () => {
  runBankScreenSuite({
    tag: 'bank-register-token',
    properties: async (setup) => ({ ticket: (await registrationTicket(setup)).ticket }),
    label: { selector: 'label[for=credential-id]', ja: 'トークン ID', en: 'Token ID' },
    attributeError: { code: 'wrong-code', field: 'code' },
    badInput: {
      fill: async (root) => {
        await typeInto(root, 'credential-id', 'SYMC 1234');
        await sendKeys({ press: 'Tab' });
        await sendKeys({ type: '123456' });
        await sendKeys({ press: 'Enter' });
      },
      code: 'malformed-credential-id',
      field: 'credential-id',
    },
    exit: { label: 'ログイン画面に戻る', event: 'flow-cancelled' },
  });

  it("shows the guide's labels for 登録情報入力画面 2", async () => {
    const { element, root } = await registerToken();
    const text = shadowText(element);
    for (const label of [
      'ワンタイムパスワード利用登録',
      'ワンタイムパスワード登録情報入力画面 2',
      '※モバイル機器用のアプリでは「Credential ID」と表示されている場合があります。',
      '(トークンに表示されている数字を入力してください。(30秒毎に数字が変更されます。))',
    ]) {
      expect(text).to.contain(label);
    }
    expect(root.querySelector('label[for=credential-id]')!.textContent).to.equal('トークン ID');
    expect(root.querySelector('label[for=code]')!.textContent).to.equal('ワンタイムパスワード');
    const code = root.querySelector<HTMLInputElement>('#code')!;
    expect(code.inputMode).to.equal('numeric');
    expect(code.autocomplete).to.equal('one-time-code');
    expect(code.getAttribute('aria-describedby')).to.equal('code-hint');
    expect(root.querySelector('#credential-id')!.getAttribute('aria-describedby')).to.equal(
      'credential-id-hint',
    );
    const buttons = [...root.querySelectorAll('button')].map((button) => button.textContent!.trim());
    expect(buttons).to.deep.equal(['登録', 'ログイン画面に戻る']);
  });

  it('registers the token by keyboard alone, with the ID as the app prints it', async () => {
    const { element, demo, clock, token } = await registerToken();
    const { code } = await demo.device.code(token, clock.now());
    await typeInto(element.shadowRoot!, 'credential-id', formatCredentialId(token.credentialId));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: code });
    const registered = nextEvent<{ credentialId: string }>(element, 'otp-registered');
    await sendKeys({ press: 'Enter' });
    const event = await registered;
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    expect(event.detail).to.deep.equal({ credentialId: token.credentialId });
    expect((await demo.bank.customer(CUSTOMER.contractId))!.credentialId).to.equal(token.credentialId);
  });

  interface Refusal {
    code: BankErrorCode;
    field: string;
    attemptsRemaining?: number;
    /** Sets the scene; returns what the person types. */
    arrange: (setup: Awaited<ReturnType<typeof registerToken>>) => Promise<{ id: string; code: string }>;
  }
  const rightCode = async ({ demo, clock }: ScreenDemo, token: InstalledToken) =>
    (await demo.device.code(token, clock.now())).code;
  const refusals: Refusal[] = [
    {
      code: 'unknown-credential',
      field: 'credential-id',
      // Only mobile (SYMC) tokens are installed, so a desktop ID is surely unknown.
      arrange: async () => ({ id: 'SYDC00000000', code: '123456' }),
    },
    {
      code: 'credential-bound-elsewhere',
      field: 'credential-id',
      arrange: async (setup) => {
        // The seeded customer's token; ours was installed at the same (frozen) time.
        const theirs = (await setup.demo.device.list()).find(
          (token) => token.credentialId !== setup.token.credentialId,
        )!;
        return { id: theirs.credentialId, code: await rightCode(setup, theirs) };
      },
    },
    {
      code: 'malformed-code',
      field: 'code',
      arrange: async ({ token }) => ({ id: token.credentialId, code: '12345' }),
    },
    {
      code: 'wrong-code',
      field: 'code',
      attemptsRemaining: 4,
      arrange: async ({ demo, clock, token }) => ({
        id: token.credentialId,
        code: await wrongCode(demo, token, clock.now()),
      }),
    },
    {
      // Already used, but not a failed attempt: nothing counted, so no tries-left.
      code: 'replayed-code',
      field: 'code',
      arrange: async (setup) => {
        const code = await rightCode(setup, setup.token);
        await setup.demo.vip.validate(setup.token.credentialId, code, setup.clock.now());
        return { id: setup.token.credentialId, code };
      },
    },
    {
      code: 'credential-locked',
      field: 'code',
      arrange: async (setup) => {
        await lockCredential(setup.demo, setup.token, setup.clock.now());
        return { id: setup.token.credentialId, code: await rightCode(setup, setup.token) };
      },
    },
    {
      code: 'flow-expired',
      field: 'form',
      arrange: async (setup) => {
        setup.clock.shift(TICKET_LIFETIME_MS);
        return { id: setup.token.credentialId, code: await rightCode(setup, setup.token) };
      },
    },
    {
      code: 'locked',
      field: 'form',
      arrange: async (setup) => {
        await lockCustomer(setup.demo, CUSTOMER.contractId);
        return { id: setup.token.credentialId, code: await rightCode(setup, setup.token) };
      },
    },
    {
      code: 'token-already-registered',
      field: 'form',
      // Meanwhile, in another tab, another token was registered through a second R1.
      arrange: async (setup) => {
        const { token: other, ticket } = await registrationTicket(setup);
        const done = await setup.demo.bank.completeRegistration(
          ticket,
          other.credentialId,
          await rightCode(setup, other),
        );
        expect(done.ok).to.equal(true);
        return { id: setup.token.credentialId, code: await rightCode(setup, setup.token) };
      },
    },
  ];
  for (const { code, field, attemptsRemaining, arrange } of refusals) {
    it(`shows ${code} beside ${field}, keeps the token ID, clears the code, registers nothing`, async () => {
      const setup = await registerToken();
      const { element, root, demo } = setup;
      const typed = await arrange(setup);
      const before = await storeSnapshot(demo);
      await typeInto(root, 'credential-id', typed.id);
      await typeInto(root, 'code', typed.code);
      await sendKeys({ press: 'Enter' });
      const message = await refusalShown(element);
      const wait = code === 'replayed-code' ? secondsToNextCode(setup.clock) : undefined;
      expectRefusalBeside(element, field, code, attemptsRemaining, 'ja', wait);
      expect(root.activeElement).to.equal(message);
      expect(root.querySelector<HTMLInputElement>('#credential-id')!.value).to.equal(typed.id);
      expect(root.querySelector<HTMLInputElement>('#code')!.value).to.equal('');
      const after = await storeSnapshot(demo);
      expect(registrations(after)).to.deep.equal(registrations(before));
      if (code === 'malformed-code') expect(after).to.deep.equal(before);
      await expect(element).to.be.accessible();
    });
  }

  it('answers flow-expired without a ticket (a reload lost it)', async () => {
    const { element, root } = await mountOnDemo('bank-register-token');
    await typeInto(root, 'credential-id', 'SYMC12345678');
    await typeInto(root, 'code', '123456');
    await sendKeys({ press: 'Enter' });
    await refusalShown(element);
    expectRefusalBeside(element, 'form', 'flow-expired');
  });
});
