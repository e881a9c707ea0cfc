import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/bank-login.js';
import type { BankLogin } from '../../../components/bank-login.js';
import { runBankScreenSuite } from './bank-screen.suite.js';
import { mountOnDemo, nextEvent, refusalShown, shadowText, submitLogin, typeInto } from './fixtures.js';
import { okOf } from '../../results.js';

const loginScreen = () => mountOnDemo('bank-login');

describe('<bank-login>', () => {
  runBankScreenSuite({
    tag: 'bank-login',
    label: {
      selector: 'label[for=contract-id]',
      ja: '契約者ID(利用者番号)',
      en: 'Contract ID (user number)',
    },
    attributeError: { code: 'locked', field: 'form' },
    badInput: {
      fill: (root) => submitLogin(root, '1234567890', 'short'),
      code: 'malformed-password',
      field: 'password',
    },
  });

  it("shows the guide's labels, notes and links", async () => {
    const { root, element } = await loginScreen();
    const text = shadowText(element);
    for (const label of [
      'ログイン',
      'このページのご利用ガイド',
      'インターネットバンキングでログインします。',
      '■ 契約者ID(利用者番号)、ログインパスワードを入力し、「ログイン」ボタンを押してください。',
      'ソフトウェアキーボード入力',
      '(使用方法)',
      'お気軽に登録',
      '閉じる',
      '■ 英字は大文字と小文字を区別しますので、ご注意ください。',
      '■ ブラウザの「戻る」「進む」ボタンは使用しないでください。',
      'ワンタイムパスワードのご案内',
      'ワンタイムパスワードの利用登録はこちら',
      'ワンタイムパスワードの利用停止はこちら',
    ]) {
      expect(text).to.contain(label);
    }
    expect(root.querySelector('label[for=contract-id]')!.textContent).to.equal('契約者ID(利用者番号)');
    expect(root.querySelector('label[for=password]')!.textContent).to.equal('ログインパスワード');
    await expect(element).to.be.accessible();
  });

  it('logs a customer without a token in, by keyboard alone', async () => {
    const { root, element } = await loginScreen();
    await typeInto(root, 'contract-id', '1234567890');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Demo1234' });
    const succeeded = nextEvent<{ contractId: string; sessionId: string }>(element, 'login-succeeded');
    await sendKeys({ press: 'Enter' });
    const { detail } = await succeeded;
    expect(detail.contractId).to.equal('1234567890');
    expect(detail.sessionId).to.match(/^[0-9a-f]{32}$/);
  });

  it('asks for the OTP when the customer has a token', async () => {
    const { root, element } = await loginScreen();
    await typeInto(root, 'contract-id', '2345678901');
    await typeInto(root, 'password', 'Demo2345');
    const requested = nextEvent<{ ticket: string }>(element, 'otp-requested');
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect((await requested).detail.ticket).to.be.a('string');
  });

  it('refuses a wrong-case password beside the form, keeps the ID, clears the password, focuses the message', async () => {
    const { root, element, demo } = await loginScreen();
    await submitLogin(root, '1234567890', 'demo1234');
    const message = await refusalShown(element);
    expect(message.id).to.equal('form-error');
    expect(message.textContent).to.contain('契約者IDまたはログインパスワードが正しくありません。');
    expect(message.textContent).to.contain('あと4回誤るとご利用を停止します。');
    expect(root.activeElement).to.equal(message);
    expect(root.querySelector<HTMLInputElement>('#contract-id')!.value).to.equal('1234567890');
    expect(root.querySelector<HTMLInputElement>('#password')!.value).to.equal('');
    expect((await demo.bank.customer('1234567890'))!.failedAttempts).to.equal(1);
    await expect(element).to.be.accessible();
  });

  it('shows a malformed contract ID beside its field and stores nothing', async () => {
    const { root, element, demo } = await loginScreen();
    const logged = async () => okOf(await demo.bank.auditPage()).entries;
    const before = await logged();
    await submitLogin(root, '12ab', 'Demo1234');
    await refusalShown(element);
    const input = root.querySelector<HTMLInputElement>('#contract-id')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('contract-id-error');
    expect(root.querySelector('#contract-id-error')!.textContent).to.contain('4〜16桁の数字');
    expect(await logged()).to.deep.equal(before);
    await expect(element).to.be.accessible();
  });

  it('shows a state from attributes alone (documentation), in English', async () => {
    const element = await fixture<BankLogin>(html`<bank-login locale="en" error="locked"></bank-login>`);
    expect(shadowText(element)).to.contain('Too many incorrect attempts');
    expect(element.shadowRoot!.querySelector('label[for=contract-id]')!.textContent).to.equal(
      'Contract ID (user number)',
    );
    await expect(element).to.be.accessible();
  });

  it('shows the Internet-Explorer-only notice for お気軽に登録 and a notice for 閉じる', async () => {
    const { root, element } = await loginScreen();
    const buttons = [...root.querySelectorAll('button')];
    buttons.find((button) => button.textContent === 'お気軽に登録')!.click();
    await element.updateComplete;
    expect(root.querySelector('[role=status]')!.textContent).to.contain('Internet Explorerのみに対応');
    buttons.find((button) => button.textContent === '閉じる')!.click();
    await element.updateComplete;
    expect(root.querySelector('[role=status]')!.textContent).to.contain('画面は閉じません');
  });
});
