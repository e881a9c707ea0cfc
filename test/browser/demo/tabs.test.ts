/**
 * Two tabs of the demo, as two demos opened in one page: they share the origin's IndexedDB and
 * its BroadcastChannel exactly as two tabs do. What one changes, the other hears and reads again;
 * the demo clock is one for both, and a reload finds it as a trainer left it.
 */
import { expect } from '@open-wc/testing';
import type { Change } from '../../../src/changes.js';
import { createClock } from '../../../src/clock.js';
import { CLOCK_SETTINGS_KEY, openDemo, type Demo, type DemoSettings } from '../../../src/demo.js';
import { okOf } from '../../results.js';
import { deleteDatabase } from '../store/helpers.js';

const APP_DATABASES = ['otp-rehearsal-bank', 'otp-rehearsal-vip', 'otp-rehearsal-token'];

/** What the shell lends the demo: localStorage, as the page has it. */
const settings: DemoSettings = {
  get: (key) => localStorage.getItem(key),
  set: (key, value) => (value === null ? localStorage.removeItem(key) : localStorage.setItem(key, value)),
};

/** The next change `demo` hears from another tab that `matches`, within a second. */
function heardBy(demo: Demo, matches: (change: Change) => boolean): Promise<Change> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error('No such change heard within a second'));
    }, 1000);
    const stop = demo.changes.subscribe((change, { remote }) => {
      if (!remote || !matches(change)) return;
      clearTimeout(timer);
      stop();
      resolve(change);
    });
  });
}

describe('two tabs of the demo', () => {
  let open: Demo[] = [];

  /** A tab: its own clock on real time, the page's settings, the origin's databases. */
  async function tab(): Promise<Demo> {
    const demo = await openDemo({ passwordIterations: 1000, clock: createClock(), settings });
    open.push(demo);
    await demo.ready;
    return demo;
  }

  beforeEach(async () => {
    for (const name of APP_DATABASES) await deleteDatabase(name);
    localStorage.removeItem(CLOCK_SETTINGS_KEY);
  });

  afterEach(async () => {
    for (const demo of open) demo.close();
    open = [];
    for (const name of APP_DATABASES) await deleteDatabase(name);
    localStorage.removeItem(CLOCK_SETTINGS_KEY);
  });

  it('an app installed in one is heard by the other, whose device then lists it', async () => {
    const [a, b] = [await tab(), await tab()];
    const heard = heardBy(b, (change) => change.party === 'token');
    const token = okOf(await a.device.install('desktop', a.clock.now())).token;
    expect(await heard).to.deep.equal({
      party: 'token',
      action: 'installed',
      credentialId: token.credentialId,
    });
    expect((await b.device.list()).map((t) => t.credentialId)).to.include(token.credentialId);
  });

  it('a customer locked in one is locked in the other, for the counter and the trainer bar', async () => {
    const [a, b] = [await tab(), await tab()];
    const heard = heardBy(b, (change) => change.party === 'bank' && change.contractId === '1234567890');
    for (let i = 0; i < 5; i++) await a.bank.login('1234567890', 'Wrong-1234');
    await heard;
    expect(await b.bank.customer('1234567890')).to.include({ locked: true, failedAttempts: 5 });
  });

  it('the clock shifted or frozen in one moves the other within a second, and a reload keeps it', async () => {
    const [a, b] = [await tab(), await tab()];
    let heard = heardBy(b, (change) => change.party === 'clock');
    a.clock.shift(30_000);
    await heard;
    expect(Math.abs(b.clock.now() - a.clock.now())).to.be.below(50);
    expect(b.clock.state().offset).to.be.closeTo(30_000, 50);

    heard = heardBy(b, (change) => change.party === 'clock');
    a.clock.freeze();
    await heard;
    expect(b.clock.state().frozen).to.equal(true);
    expect(b.clock.now()).to.equal(a.clock.now());

    // A reload: a new page, a new clock, the same settings.
    const reloaded = await tab();
    expect(reloaded.clock.state().frozen).to.equal(true);
    expect(reloaded.clock.now()).to.equal(a.clock.now());

    // Back to now in one: back to now everywhere, and nothing kept.
    heard = heardBy(b, (change) => change.party === 'clock');
    reloaded.clock.reset();
    await heard;
    expect(b.clock.isRealTime()).to.equal(true);
    expect(localStorage.getItem(CLOCK_SETTINGS_KEY)).to.equal(null);
  });

  it('a reset in one reseeds the lists of the other, and its stale token ID is refused as removed', async () => {
    const [a, b] = [await tab(), await tab()];
    const stale = okOf(await b.device.install('mobile', b.clock.now())).token;
    const heard = heardBy(b, (change) => change.party === 'demo' && change.action === 'reset');
    await a.resetToSeed();
    await heard;
    expect((await b.device.list()).map((t) => t.credentialId)).to.deep.equal(
      (await a.device.list()).map((t) => t.credentialId),
    );
    expect((await b.device.list()).map((t) => t.credentialId)).not.to.include(stale.credentialId);
    // A page that has not read again yet registers the token it still shows: told precisely why.
    const started = okOf(await b.bank.startRegistration('1234567890', 'Demo1234'));
    const { code } = await b.device.code(stale, b.clock.now());
    expect(await b.bank.completeRegistration(started.ticket, stale.credentialId, code)).to.deep.equal({
      ok: false,
      code: 'credential-removed',
    });
  });
});
