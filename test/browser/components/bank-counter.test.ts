import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/bank-counter';
import type { Locale } from '../../../src/i18n';
import { formatCredentialId } from '../../../src/token/device';
import { runBankScreenSuite } from './bank-screen.suite';
import { mountOnDemo, nextEvent } from './fixtures';

/** The counter once it has read the customers. */
async function counter(locale: Locale = 'ja') {
  const mounted = await mountOnDemo('bank-counter', { locale });
  await waitUntil(() => mounted.root.querySelectorAll('tbody tr').length > 0, 'no customers listed');
  return mounted;
}

/** What each row shows, cell by cell, without its buttons. */
function rows(root: ShadowRoot) {
  return [...root.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td:not(.actions)')].map((cell) => cell.textContent!.trim()),
  );
}

function button(root: ShadowRoot, text: string) {
  return [...root.querySelectorAll<HTMLButtonElement>('tbody button')].find(
    (candidate) => candidate.textContent!.trim() === text,
  )!;
}

describe('<bank-counter>', () => {
  runBankScreenSuite({
    tag: 'bank-counter',
    label: { selector: 'thead th', ja: '契約者ID', en: 'Contract ID' },
  });

  const seeded = {
    ja: { locked: 'ロック中', active: '利用可', none: '未登録' },
    en: { locked: 'Locked', active: 'Active', none: 'None' },
  };
  for (const locale of ['ja', 'en'] as const) {
    it(`lists the three seeded customers and is axe clean (${locale})`, async () => {
      const { element, root, demo } = await counter(locale);
      const [token] = await demo.device.list();
      const words = seeded[locale];
      expect(rows(root)).to.deep.equal([
        ['1234567890', '山田 太郎', words.none, words.active, '0'],
        ['2345678901', '佐藤 花子', formatCredentialId(token.credentialId), words.active, '0'],
        ['3456789012', '鈴木 一郎', words.none, words.locked, '0'],
      ]);
      await expect(element).to.be.accessible();
    });
  }

  it('resets the token ID of 2345678901 by keyboard: token-reset, and the bank holds no token for it', async () => {
    const { element, root, demo } = await counter();
    const [token] = await demo.device.list();
    const reset = nextEvent<{ contractId: string; credentialId: string }>(element, 'token-reset');
    button(root, '2345678901 のトークン IDをリセット').focus();
    await sendKeys({ press: 'Enter' });
    const event = await reset;
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    expect(event.detail).to.deep.equal({ contractId: '2345678901', credentialId: token.credentialId });
    expect((await demo.bank.customer('2345678901'))!.credentialId).to.equal(null);
    await waitUntil(() => rows(root)[1][2] === '未登録', 'the list still shows the token');
    expect(root.querySelector('[role=status]')!.textContent).to.equal(
      '2345678901 のトークン IDをリセットしました。新しいトークンで利用登録できます。',
    );
  });

  it('unlocks 3456789012 by keyboard: customer-unlocked, and the bank lets the customer in again', async () => {
    const { element, root, demo } = await counter();
    const unlocked = nextEvent<{ contractId: string }>(element, 'customer-unlocked');
    button(root, '3456789012 のロックを解除').focus();
    await sendKeys({ press: 'Enter' });
    const event = await unlocked;
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    expect(event.detail).to.deep.equal({ contractId: '3456789012' });
    expect((await demo.bank.customer('3456789012'))!.locked).to.equal(false);
    await waitUntil(() => rows(root)[2][3] === '利用可', 'the list still shows the lock');
    expect(root.querySelector('[role=status]')!.textContent).to.equal('3456789012 のロックを解除しました。');
    expect(button(root, '3456789012 のロックを解除')).to.equal(undefined);
  });
});
