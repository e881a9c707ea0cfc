import { expect } from '@open-wc/testing';
import '../../../components/bank-register-done.js';
import { runBankScreenSuite } from './bank-screen.suite.js';
import { mountScreen, shadowText } from './fixtures.js';

describe('<bank-register-done>', () => {
  runBankScreenSuite({
    tag: 'bank-register-done',
    properties: async () => ({ credentialId: 'SYMC12345678' }),
    label: { selector: 'h3', ja: 'ワンタイムパスワード利用登録完了画面', en: 'Registration complete' },
    exit: { label: 'ログイン画面に戻る', event: 'flow-finished' },
  });

  it("shows the guide's labels for 利用登録完了画面 and the token ID as the app prints it", async () => {
    const { element, root } = await mountScreen(
      'bank-register-done',
      {},
      { 'credential-id': 'SYMC12345678' },
    );
    const text = shadowText(element);
    expect(text).to.contain('ワンタイムパスワードの利用登録が完了しました。');
    expect(text).to.contain('「ログイン画面に戻る」をクリックし、ログイン画面を表示してください。');
    expect(root.querySelector('dt')!.textContent).to.equal('トークン ID');
    expect(root.querySelector('[part=credential-id]')!.textContent).to.equal('SYMC 1234 5678');
    expect(root.querySelector('button')!.textContent!.trim()).to.equal('ログイン画面に戻る');
  });

  it('shows no token ID when none is set', async () => {
    const { root } = await mountScreen('bank-register-done');
    expect(root.querySelector('dl')).to.equal(null);
  });
});
