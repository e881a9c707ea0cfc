import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/rehearsal-welcome.js';
import type { RehearsalWelcome } from '../../../components/rehearsal-welcome.js';
import { allowClipboard, clipboardText } from '../clipboard.js';

async function mountWelcome(locale: 'ja' | 'en' = 'ja') {
  const welcome = await fixture<RehearsalWelcome>(
    html`<rehearsal-welcome
      locale=${locale}
      contract-id="1234567890"
      password="Demo1234"
    ></rehearsal-welcome>`,
  );
  return { welcome, root: welcome.shadowRoot! };
}

const buttonNamed = (root: ShadowRoot, name: string) =>
  [...root.querySelectorAll('button')].find((button) => button.textContent!.trim() === name)!;

describe('<rehearsal-welcome>', () => {
  it('says what this is, not a real bank, and whom to log in as (ja)', async () => {
    const { root, welcome } = await mountWelcome();
    const text = root.textContent!;
    expect(root.querySelector('h2')!.textContent).to.equal('はじめての方へ');
    expect(text).to.contain('本物の銀行ではありません');
    expect([...root.querySelectorAll('code')].map((code) => code.textContent)).to.deep.equal([
      '1234567890',
      'Demo1234',
    ]);
    await expect(welcome).to.be.accessible();
  });

  it("offers the demo's first customer when the page names none", async () => {
    const welcome = await fixture<RehearsalWelcome>(html`<rehearsal-welcome></rehearsal-welcome>`);
    const shown = [...welcome.shadowRoot!.querySelectorAll('code')].map((code) => code.textContent);
    expect(shown).to.deep.equal(['1234567890', 'Demo1234']);
  });

  it('reads in English, every control named', async () => {
    const { root, welcome } = await mountWelcome('en');
    expect(root.querySelector('h2')!.textContent).to.equal('New here?');
    expect(root.textContent).to.contain('It is not a real bank');
    const names = [...root.querySelectorAll('button')].map((button) => button.textContent!.trim());
    expect(names).to.deep.equal([
      'Close',
      'Copy the contract ID',
      'Copy the password',
      'Start the guided rehearsal',
      'Try it freely',
      "Open the trainer's tools",
    ]);
    await expect(welcome).to.be.accessible();
  });

  it('copies the contract ID and the password, and says so', async () => {
    await allowClipboard(true);
    const { root, welcome } = await mountWelcome();
    buttonNamed(root, '契約者IDをコピー').click();
    await welcome.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await clipboardText()).to.equal('1234567890');
    expect(root.querySelector('[role=status]')!.textContent!.trim()).to.equal('契約者IDをコピーしました');
    buttonNamed(root, 'パスワードをコピー').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await clipboardText()).to.equal('Demo1234');
  });

  it('says plainly when the clipboard refuses', async () => {
    await allowClipboard(false);
    const { root, welcome } = await mountWelcome();
    buttonNamed(root, '契約者IDをコピー').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await welcome.updateComplete;
    expect(root.querySelector('[role=status]')!.textContent).to.contain('コピーできませんでした');
  });

  for (const [name, way] of [
    ['ガイド付き練習を始める', 'guided'],
    ['自由に試す', 'free'],
    ['トレーナー用ツールを開く', 'trainer'],
    ['閉じる', 'close'],
  ] as const) {
    it(`fires welcome-closed {way: ${way}} from「${name}」`, async () => {
      const { root, welcome } = await mountWelcome();
      setTimeout(() => buttonNamed(root, name).click());
      const event = await oneEvent(welcome, 'welcome-closed');
      expect(event.detail).to.deep.equal({ way });
    });
  }

  it('is reachable by keyboard: Tab reaches each way in, Enter chooses it', async () => {
    const { root, welcome } = await mountWelcome();
    buttonNamed(root, '閉じる').focus();
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    expect(root.activeElement!.textContent!.trim()).to.equal('自由に試す');
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(welcome, 'welcome-closed');
    expect(event.detail.way).to.equal('free');
  });
});
