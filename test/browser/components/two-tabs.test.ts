/**
 * Two tabs of the demo, as two demos opened in one page (they share the origin's IndexedDB and its
 * BroadcastChannel exactly as two tabs do), each element in "tab B" on B's demo: what tab A changes
 * shows in B's token panel, counter, trainer bar and account page within a second, without a reload.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../components/bank-account.js';
import '../../../components/bank-counter.js';
import '../../../components/soft-token-panel.js';
import '../../../components/trainer-bar.js';
import type { SoftTokenPanel } from '../../../components/soft-token-panel.js';
import type { TrainerBar } from '../../../components/trainer-bar.js';
import { createClock } from '../../../src/clock.js';
import { openDemo, type Demo } from '../../../src/demo.js';
import { okOf } from '../../results.js';
import { APP_DATABASES, deleteDatabase, lockCustomer, mountScreen, shadowText } from './fixtures.js';

/** What tab B shows is expected to follow tab A within this long. */
const WITHIN = { timeout: 1000, interval: 20 };

const DEFAULT = { contractId: '1234567890', password: 'Demo1234' };

describe('two tabs of the demo, as their elements show it', () => {
  let open: Demo[] = [];
  let a: Demo;
  let b: Demo;

  beforeEach(async () => {
    for (const name of APP_DATABASES) await deleteDatabase(name);
    const tab = async () => {
      const demo = await openDemo({
        passwordIterations: 1000,
        clock: createClock(),
        tokensOnDevice: ['2345678901'],
      });
      open.push(demo);
      await demo.ready;
      return demo;
    };
    [a, b] = [await tab(), await tab()];
  });

  afterEach(async () => {
    for (const demo of open) demo.close();
    open = [];
    for (const name of APP_DATABASES) await deleteDatabase(name);
  });

  const tokenIds = (panel: SoftTokenPanel) =>
    [...panel.shadowRoot!.querySelectorAll('soft-token')].map((token) => token.credentialId);

  it("the token panel shows an app installed in the other tab, and drops the other tab's reset ones", async () => {
    const panel = await fixture<SoftTokenPanel>(
      html`<soft-token-panel .device=${b.device} .changes=${b.changes} .clock=${b.clock}></soft-token-panel>`,
    );
    await waitUntil(() => tokenIds(panel).length === 1, 'the seeded token is not shown');
    const installed = okOf(await a.device.install('desktop', a.clock.now())).token;
    await waitUntil(
      () => tokenIds(panel).includes(installed.credentialId),
      'not shown within a second',
      WITHIN,
    );

    await a.resetToSeed();
    const seeded = (await a.device.list()).map((token) => token.credentialId);
    await waitUntil(
      () => JSON.stringify(tokenIds(panel)) === JSON.stringify(seeded),
      `still showing ${tokenIds(panel).join(', ')} a second after the reset`,
      WITHIN,
    );
  });

  it('the counter shows a customer locked in the other tab', async () => {
    const { element, root } = await mountScreen('bank-counter', { bank: b.bank, changes: b.changes });
    const state = () =>
      root.querySelectorAll('#customers tbody tr')[0]?.querySelectorAll('td')[2]?.textContent;
    await waitUntil(() => state()?.trim() === '利用可', 'no customers listed');
    await lockCustomer(a, DEFAULT.contractId);
    await waitUntil(() => state()?.trim() === 'ロック中', 'the lock is not shown within a second', WITHIN);
    await expect(element).to.be.accessible();
  });

  it("the trainer bar's customer table shows a customer locked in the other tab", async () => {
    const bar = await fixture<TrainerBar>(html`<trainer-bar .demo=${b} open></trainer-bar>`);
    // The customers' table is in their popover, open.
    await waitUntil(() => bar.shadowRoot!.querySelector('button[popovertarget=customers]'), 'no tools shown');
    bar.shadowRoot!.querySelector<HTMLButtonElement>('button[popovertarget=customers]')!.click();
    const state = () => bar.shadowRoot!.querySelector('tbody tr')?.querySelectorAll('td')[3]?.textContent;
    await waitUntil(() => state()?.trim() === '利用可', 'no customers listed');
    await lockCustomer(a, DEFAULT.contractId);
    // The trainer's table says how the lock came about: five wrong tries in a row.
    await waitUntil(
      () => state()?.trim() === 'ロック中（連続5回誤り）',
      'the lock is not shown within a second',
      WITHIN,
    );
  });

  it('the account page follows the other tab: a token registered there shows, a reset ends the session', async () => {
    const login = await b.bank.login(DEFAULT.contractId, DEFAULT.password);
    if (!login.ok || login.next !== 'account') throw new Error('expected a session');
    const { element, root } = await mountScreen('bank-account', {
      bank: b.bank,
      changes: b.changes,
      sessionId: login.sessionId,
    });
    await waitUntil(() => shadowText(element).includes('山田 太郎'), 'no account shown');
    expect(shadowText(element)).to.contain('未登録');

    // Tab A registers a token for the same customer.
    const token = okOf(await a.device.install('mobile', a.clock.now())).token;
    const started = okOf(await a.bank.startRegistration(DEFAULT.contractId, DEFAULT.password));
    const { code } = await a.device.code(token, a.clock.now());
    okOf(await a.bank.completeRegistration(started.ticket, token.credentialId, code));
    const shownId = token.credentialId.replace(/^(.{4})(\d{4})(\d{4})$/, '$1 $2 $3');
    await waitUntil(
      () => shadowText(element).includes(shownId),
      'the token is not shown within a second',
      WITHIN,
    );

    // Tab A resets the demo: this session is gone, and the page says so instead of the old account.
    await a.resetToSeed();
    await waitUntil(() => root.querySelector('#form-error'), 'the end of the session is not shown', WITHIN);
    expect(shadowText(element)).not.to.contain('山田 太郎');
    expect(root.querySelector('#form-error')!.textContent).to.contain('ログインしていないか');
  });
});
