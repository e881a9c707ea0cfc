import { expect } from '@open-wc/testing';
import '../../../components/bank-deactivate-done.js';
import { runBankScreenSuite } from './bank-screen.suite.js';
import { mountScreen, shadowText } from './fixtures.js';

describe('<bank-deactivate-done>', () => {
  runBankScreenSuite({
    tag: 'bank-deactivate-done',
    label: {
      selector: '[part=result]',
      ja: 'ワンタイムパスワードの利用停止が完了しました。(00001)',
      en: 'One-time passwords have been stopped. (00001)',
    },
    exit: { label: 'ログイン画面に戻る', event: 'flow-finished' },
  });

  it("shows the guide's labels for 処理結果", async () => {
    const { element, root } = await mountScreen('bank-deactivate-done');
    const text = shadowText(element);
    for (const label of [
      'ワンタイムパスワード利用停止',
      'このページのご利用ガイド',
      '「ログイン画面に戻る」ボタンを押してください。',
      'ワンタイムパスワードの利用停止が完了しました。(00001)',
      '本Webサイト上における各コンテンツは、著作権によって保護されています。',
    ]) {
      expect(text).to.contain(label);
    }
    expect(root.querySelector('h3')!.textContent).to.equal('利用停止');
    expect(root.querySelector('deactivation-trail')!.step).to.equal(3);
    expect(root.querySelector('button')!.textContent!.trim()).to.equal('ログイン画面に戻る');
  });

  it('shows the result code it is given', async () => {
    const { root } = await mountScreen('bank-deactivate-done', {}, { 'result-code': '00002' });
    expect(root.querySelector('[part=result]')!.textContent).to.equal(
      'ワンタイムパスワードの利用停止が完了しました。(00002)',
    );
  });
});
