import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/bank-register-auth.js';
import { runBankScreenSuite, runCredentialRefusals } from './bank-screen.suite.js';
import { mountOnDemo, nextEvent, refusalShown, shadowText, submitLogin, typeInto } from './fixtures.js';

const registerAuth = () => mountOnDemo('bank-register-auth');

describe('<bank-register-auth>', () => {
  runBankScreenSuite({
    tag: 'bank-register-auth',
    label: { selector: 'label[for=contract-id]', ja: '契約者 ID', en: 'Contract ID' },
    attributeError: { code: 'malformed-password', field: 'password' },
    badInput: {
      fill: async (root) => {
        await typeInto(root, 'contract-id', '12ab');
        await sendKeys({ press: 'Tab' });
        await sendKeys({ type: 'Demo1234' });
        await sendKeys({ press: 'Enter' });
      },
      code: 'malformed-contract-id',
      field: 'contract-id',
    },
  });

  it("shows the guide's labels for 登録情報入力画面 1", async () => {
    const { element, root } = await registerAuth();
    const text = shadowText(element);
    for (const label of [
      'ワンタイムパスワード利用登録',
      'ワンタイムパスワード登録情報入力画面 1',
      'このページのご利用ガイド',
      'ソフトウェアキーボード入力',
    ]) {
      expect(text).to.contain(label);
    }
    expect(root.querySelector('label[for=contract-id]')!.textContent).to.equal('契約者 ID');
    expect(root.querySelector('label[for=password]')!.textContent).to.equal('ログインパスワード');
    expect(root.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('次へ');
    const back = root.querySelector<HTMLAnchorElement>('a[href="#/login"]')!;
    expect(back.textContent!.trim()).to.equal('ログイン画面に戻る');
    expect(root.querySelector<HTMLAnchorElement>('a.guide-link')!.getAttribute('href')).to.equal(
      '#/help/register-auth',
    );
  });

  it('starts a registration for a customer without a token, by keyboard alone', async () => {
    const { element, root } = await registerAuth();
    await typeInto(root, 'contract-id', '1234567890');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Demo1234' });
    const started = nextEvent<{ contractId: string; ticket: string }>(element, 'registration-started');
    await sendKeys({ press: 'Enter' });
    const event = await started;
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    expect(event.detail.contractId).to.equal('1234567890');
    expect(event.detail.ticket).to.match(/^[0-9a-f]{32}$/);
    expect(root.querySelector<HTMLInputElement>('#password')!.value).to.equal('');
  });

  it('types the password from the software keyboard', async () => {
    const { element, root } = await registerAuth();
    const keyboard = root.querySelector('software-keyboard')!;
    const shown: string[] = [];
    keyboard.show = (value = '') => void shown.push(value);
    await typeInto(root, 'password', 'Dem');
    root.querySelector<HTMLButtonElement>('.keyboard-links button')!.click();
    // The keyboard's code loads on first use.
    await waitUntil(() => shown.length > 0, 'the keyboard was not shown');
    expect(shown).to.deep.equal(['Dem']);
    keyboard.dispatchEvent(new CustomEvent('keyboard-committed', { detail: { value: 'Demo1234' } }));
    await element.updateComplete;
    expect(root.querySelector<HTMLInputElement>('#password')!.value).to.equal('Demo1234');
  });

  runCredentialRefusals('bank-register-auth', [
    { code: 'malformed-password', contractId: '1234567890', password: 'abc', field: 'password' },
    {
      code: 'wrong-password',
      typed: 'an unknown contract ID',
      contractId: '9999999999',
      password: 'Demo1234',
      field: 'form',
      attemptsRemaining: 4,
    },
    {
      code: 'wrong-password',
      contractId: '1234567890',
      password: 'demo1234',
      field: 'form',
      attemptsRemaining: 4,
    },
    { code: 'locked', contractId: '3456789012', password: 'Demo3456', field: 'form' },
    { code: 'token-already-registered', contractId: '2345678901', password: 'Demo2345', field: 'form' },
  ]);

  it('counts a wrong password against the customer', async () => {
    const { element, root, demo } = await registerAuth();
    await submitLogin(root, '1234567890', 'demo1234');
    await refusalShown(element);
    expect((await demo.bank.customer('1234567890'))!.failedAttempts).to.equal(1);
  });
});
