import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/bank-account.js';
import { en } from '../../../src/i18n/en.js';
import { runBankScreenSuite } from './bank-screen.suite.js';
import {
  mountOnDemo,
  mountScreen,
  nextEvent,
  refusalShown,
  screenDemo,
  shadowText,
  type ScreenDemo,
} from './fixtures.js';

/** The seeded customer without a token: the password alone logs in. */
const CUSTOMER = { contractId: '1234567890', password: 'Demo1234' };

async function sessionOf({ demo }: ScreenDemo) {
  const result = await demo.bank.login(CUSTOMER.contractId, CUSTOMER.password);
  if (!result.ok || result.next !== 'account') throw new Error('not logged in');
  return result.sessionId;
}

/** The account screen once the bank has answered. */
async function accountShown(setup: ScreenDemo, sessionId: string, locale = 'ja') {
  const { element, root } = await mountScreen(
    'bank-account',
    { bank: setup.demo.bank, sessionId },
    { locale },
  );
  await waitUntil(() => root.querySelector('dl'), 'the account was not shown');
  return { element, root };
}

describe('<bank-account>', () => {
  runBankScreenSuite({
    tag: 'bank-account',
    properties: async (setup) => ({ sessionId: await sessionOf(setup) }),
    label: { selector: 'button.primary', ja: 'ログアウト', en: 'Log out' },
    attributeError: { code: 'not-signed-in', field: 'form' },
  });

  it('shows the name, the balance and that this is the first login', async () => {
    const setup = await screenDemo();
    const { element, root } = await accountShown(setup, await sessionOf(setup));
    expect(root.querySelector('h2')!.textContent!.trim()).to.equal('口座情報');
    expect(root.querySelector('.welcome')!.textContent).to.equal('山田 太郎 様');
    const rows = [...root.querySelectorAll('dt')].map((dt) => [
      dt.textContent,
      dt.nextElementSibling!.textContent,
    ]);
    expect(rows).to.deep.equal([
      ['契約者ID', '1234567890'],
      ['普通預金残高', '1,234,567円'],
      ['前回ログイン日時', '初めてのログインです'],
      ['ワンタイムパスワード', '未登録'],
    ]);
    expect(shadowText(element)).to.contain('このページのご利用ガイド');
    await expect(element).to.be.accessible();
  });

  it('shows the previous login, in English', async () => {
    const setup = await screenDemo();
    const firstLogin = setup.clock.now();
    await sessionOf(setup);
    setup.clock.shift(60 * 60 * 1000);
    const { element, root } = await accountShown(setup, await sessionOf(setup), 'en');
    expect(root.querySelector('.welcome')!.textContent).to.equal('Welcome, Taro Yamada');
    const previous = [...root.querySelectorAll('dt')].find((dt) => dt.textContent === 'Previous login')!;
    expect(previous.nextElementSibling!.textContent).to.equal(en.common.dateTime(firstLogin));
    expect(root.querySelector('.balance')!.textContent).to.equal(en.common.yen(1_234_567));
    await expect(element).to.be.accessible();
  });

  it('logs out by keyboard: fires logged-out and ends the session', async () => {
    const setup = await screenDemo();
    const sessionId = await sessionOf(setup);
    const { element, root } = await accountShown(setup, sessionId);
    const loggedOut = nextEvent<{ contractId: string }>(element, 'logged-out');
    root.querySelector<HTMLButtonElement>('button.primary')!.focus();
    await sendKeys({ press: 'Enter' });
    const event = await loggedOut;
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    expect(event.detail).to.deep.equal({ contractId: CUSTOMER.contractId });
    expect((await setup.demo.bank.account(sessionId)).ok).to.equal(false);
  });

  it('says not-signed-in for a session the bank does not know, and offers the way back to login', async () => {
    let refused = 0;
    const count = () => refused++;
    window.addEventListener('bank-refused', count);
    try {
      const { element, root } = await mountOnDemo('bank-account', { sessionId: 'f'.repeat(32) });
      await refusalShown(element);
      expect(root.querySelector('#form-error')).not.to.equal(null);
      expect(root.querySelector('dl')).to.equal(null);
      // Nothing was submitted: no mistake for a guided rehearsal to count.
      expect(refused).to.equal(0);
      await expect(element).to.be.accessible();

      const back = root.querySelector<HTMLButtonElement>('button.primary')!;
      expect(back.textContent!.trim()).to.equal('ログイン画面に戻る');
      const left = nextEvent<{ contractId: string }>(element, 'logged-out');
      back.focus();
      await sendKeys({ press: 'Enter' });
      expect((await left).detail).to.deep.equal({ contractId: '' });
    } finally {
      window.removeEventListener('bank-refused', count);
    }
  });
});
