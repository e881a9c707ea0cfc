import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/bank-help.js';
import { en } from '../../../src/i18n/en.js';
import { helpFor } from '../../../src/i18n/help.js';
import { ja } from '../../../src/i18n/ja.js';
import { HELP_TOPICS } from '../../../src/router.js';
import { runBankScreenSuite } from './bank-screen.suite.js';
import { mountScreen, nextEvent } from './fixtures.js';

describe('<bank-help>', () => {
  runBankScreenSuite({
    tag: 'bank-help',
    properties: async () => ({ topic: 'keyboard' as const }),
    label: {
      selector: 'h2',
      ja: 'ソフトウェアキーボードの使用方法',
      en: helpFor(en).keyboard.title,
    },
  });

  for (const locale of ['ja', 'en'] as const) {
    it(`shows each topic's title, text and steps (${locale})`, async () => {
      for (const topic of HELP_TOPICS) {
        const page = helpFor({ ja, en }[locale])[topic];
        const { root } = await mountScreen('bank-help', { topic }, { locale });
        expect(root.querySelector('h2')!.textContent!.trim(), topic).to.equal(page.title);
        const paragraphs = [...root.querySelectorAll('section > p')].map((p) => p.textContent);
        expect(paragraphs, topic).to.deep.equal(page.paragraphs);
        const steps = [...root.querySelectorAll('ul.steps li')].map((li) => li.textContent);
        expect(steps, topic).to.deep.equal(page.steps ?? []);
      }
    });
  }

  it("numbers the login help's steps as the guide does", async () => {
    const { root } = await mountScreen('bank-help', { topic: 'login' });
    expect(root.querySelector('h2')!.textContent!.trim()).to.equal('ログイン画面のご利用ガイド');
    expect(root.querySelector('ul.steps li')!.textContent).to.equal('①「契約者 ID」を入力します。');
  });

  it('shows the login help for a topic it does not know', async () => {
    const { root } = await mountScreen('bank-help', {}, { topic: 'nowhere' });
    expect(root.querySelector('h2')!.textContent!.trim()).to.equal('ログイン画面のご利用ガイド');
  });

  it('fires help-closed from 元の画面に戻る, by keyboard', async () => {
    const { element, root } = await mountScreen('bank-help', { topic: 'otp-info' });
    const button = root.querySelector<HTMLButtonElement>('button')!;
    expect(button.textContent!.trim()).to.equal('元の画面に戻る');
    const closed = nextEvent(element, 'help-closed');
    button.focus();
    await sendKeys({ press: 'Enter' });
    const event = await closed;
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    expect(event.detail).to.deep.equal({});
  });
});
