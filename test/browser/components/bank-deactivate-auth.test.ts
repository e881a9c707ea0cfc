import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/bank-deactivate-auth.js';
import { runBankScreenSuite, runCredentialRefusals } from './bank-screen.suite.js';
import { mountOnDemo, nextEvent, shadowText, typeInto } from './fixtures.js';

const deactivateAuth = () => mountOnDemo('bank-deactivate-auth');

describe('<bank-deactivate-auth>', () => {
  runBankScreenSuite({
    tag: 'bank-deactivate-auth',
    label: { selector: 'label[for=contract-id]', ja: '契約者ID', en: 'Contract ID' },
    attributeError: { code: 'no-token-registered', field: 'form' },
    badInput: {
      fill: async (root) => {
        await typeInto(root, 'contract-id', '2345678901');
        await sendKeys({ press: 'Tab' });
        await sendKeys({ type: 'short' });
        await sendKeys({ press: 'Enter' });
      },
      code: 'malformed-password',
      field: 'password',
    },
    exit: { label: '戻る', event: 'flow-cancelled' },
  });

  it("shows the guide's labels for 利用者認証", async () => {
    const { element, root } = await deactivateAuth();
    const text = shadowText(element);
    for (const label of [
      'ワンタイムパスワード利用停止',
      'このページのご利用ガイド',
      'ワンタイムパスワードの利用停止を行います。',
      '契約者ID、ログインパスワードを入力し、「次へ」ボタンを押してください。',
      'ソフトウェアキーボード入力',
      '本Webサイト上における各コンテンツは、著作権によって保護されています。',
    ]) {
      expect(text).to.contain(label);
    }
    expect(root.querySelector('h3')!.textContent).to.equal('利用停止');
    expect(root.querySelector('deactivation-trail')!.step).to.equal(1);
    expect(root.querySelector('label[for=contract-id]')!.textContent).to.equal('契約者ID');
    expect(root.querySelector('label[for=password]')!.textContent).to.equal('ログインパスワード');
    const buttons = [...root.querySelectorAll('.actions button')].map((button) => button.textContent!.trim());
    expect(buttons).to.deep.equal(['次へ', '戻る']);
    expect(root.querySelector('a.guide-link')!.getAttribute('href')).to.equal('#/help/deactivate-auth');
  });

  it('starts a deactivation for a customer with a token, by keyboard alone', async () => {
    const { element, root } = await deactivateAuth();
    await typeInto(root, 'contract-id', '2345678901');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Demo2345' });
    const started = nextEvent<{ contractId: string; ticket: string }>(element, 'deactivation-started');
    await sendKeys({ press: 'Enter' });
    const event = await started;
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    expect(event.detail.contractId).to.equal('2345678901');
    expect(event.detail.ticket).to.match(/^[0-9a-f]{32}$/);
  });

  it('types the password from the software keyboard', async () => {
    const { element, root } = await deactivateAuth();
    const keyboard = root.querySelector('software-keyboard')!;
    const shown: string[] = [];
    keyboard.show = (value = '') => void shown.push(value);
    root.querySelector<HTMLButtonElement>('.keyboard-links button')!.click();
    // The keyboard's code loads on first use.
    await waitUntil(() => shown.length > 0, 'the keyboard was not shown');
    expect(shown).to.deep.equal(['']);
    keyboard.dispatchEvent(new CustomEvent('keyboard-committed', { detail: { value: 'Demo2345' } }));
    await element.updateComplete;
    expect(root.querySelector<HTMLInputElement>('#password')!.value).to.equal('Demo2345');
  });

  runCredentialRefusals('bank-deactivate-auth', [
    { code: 'malformed-contract-id', contractId: '１２３', password: 'Demo2345', field: 'contract-id' },
    {
      code: 'wrong-password',
      typed: 'an unknown contract ID',
      contractId: '9999999999',
      password: 'Demo2345',
      field: 'form',
      attemptsRemaining: 4,
    },
    {
      code: 'wrong-password',
      contractId: '2345678901',
      password: 'Demo1234',
      field: 'form',
      attemptsRemaining: 4,
    },
    { code: 'locked', contractId: '3456789012', password: 'Demo3456', field: 'form' },
    { code: 'no-token-registered', contractId: '1234567890', password: 'Demo1234', field: 'form' },
  ]);
});
