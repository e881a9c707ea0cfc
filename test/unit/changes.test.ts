import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isChange, openChangeFeed, type Change } from '../../src/changes.js';
import { createClock } from '../../src/clock.js';
import { CLOCK_SETTINGS_KEY, type Demo, type DemoSettings } from '../../src/demo.js';
import { applyScenario } from '../../src/scenarios.js';
import { DEFAULT, START, WITH_TOKEN, memoryDemo } from './fixtures.js';
import { okOf } from '../results.js';

describe('isChange', () => {
  it.each<[unknown, boolean]>([
    [{ party: 'bank', operation: 'login', contractId: '1234567890' }, true],
    [{ party: 'bank', operation: 'reset', contractId: null }, true],
    [{ party: 'bank', operation: 'drop-tables', contractId: null }, false],
    [{ party: 'vip', credentialId: 'SYMC12345678' }, true],
    [{ party: 'token', action: 'installed', credentialId: 'SYMC12345678' }, true],
    [{ party: 'token', action: 'stolen', credentialId: null }, false],
    [{ party: 'clock', clock: { anchorReal: 1, anchorDemo: 2, speed: 4, frozen: true } }, true],
    [{ party: 'clock', clock: { anchorReal: 1, anchorDemo: 2, speed: 1000, frozen: true } }, false],
    [{ party: 'demo', action: 'scenario', scenario: 'device-lost' }, true],
    [{ party: 'demo', action: 'explode' }, false],
    [{ party: 'elsewhere' }, false],
    [null, false],
    ['bank', false],
  ])('%j: %s', (value, expected) => {
    expect(isChange(value)).toBe(expected);
  });
});

describe('a change feed without the channel', () => {
  it('hears its own changes as not remote, and stops hearing when unsubscribed', () => {
    const feed = openChangeFeed({ broadcast: false });
    const heard: [Change, boolean][] = [];
    const stop = feed.subscribe((change, { remote }) => heard.push([change, remote]));
    feed.post({ party: 'vip', credentialId: null });
    stop();
    feed.post({ party: 'vip', credentialId: 'SYMC12345678' });
    expect(heard).toEqual([[{ party: 'vip', credentialId: null }, false]]);
    feed.close();
  });

  it('keeps telling the others when one listener throws', async () => {
    const feed = openChangeFeed({ broadcast: false });
    const heard: Change[] = [];
    const thrown = new Promise((resolve) => process.once('uncaughtException', resolve));
    feed.subscribe(() => {
      throw new Error('a broken listener');
    });
    feed.subscribe((change) => heard.push(change));
    feed.post({ party: 'demo', action: 'reset' });
    expect(heard).toHaveLength(1);
    expect(await thrown).toMatchObject({ message: 'a broken listener' });
    feed.close();
  });
});

describe('a change feed whose channel is decided later', () => {
  it('tells its own listeners at once, and nothing breaks when the answer is no channel', async () => {
    let decide!: (broadcast: boolean) => void;
    const feed = openChangeFeed({ broadcast: new Promise((resolve) => (decide = resolve)) });
    const heard: Change[] = [];
    feed.subscribe((change) => heard.push(change));
    feed.post({ party: 'demo', action: 'reset' });
    expect(heard).toHaveLength(1);
    decide(false);
    await Promise.resolve();
    feed.post({ party: 'vip', credentialId: null });
    expect(heard).toHaveLength(2);
    feed.close();
  });
});

describe('every party announces what it commits', () => {
  let demo: Demo;
  let heard: Change[];
  beforeEach(async () => {
    demo = await memoryDemo();
    heard = [];
    demo.changes.subscribe((change) => heard.push(change));
  });
  afterEach(() => demo.close());

  it('the device, the service and the bank, one change each, with no secret in any', async () => {
    const token = okOf(await demo.device.install('mobile', demo.clock.now())).token;
    const started = okOf(await demo.bank.startRegistration(DEFAULT.contractId, DEFAULT.password));
    const { code } = await demo.device.code(token, demo.clock.now());
    okOf(await demo.bank.completeRegistration(started.ticket, token.credentialId, code));
    await demo.bank.login('9999999999', 'Secret-9999');
    okOf(await demo.device.uninstall(token.credentialId));
    expect(heard).toEqual([
      { party: 'vip', credentialId: token.credentialId },
      { party: 'token', action: 'installed', credentialId: token.credentialId },
      { party: 'bank', operation: 'register-auth', contractId: DEFAULT.contractId },
      { party: 'vip', credentialId: token.credentialId },
      { party: 'bank', operation: 'register-token', contractId: DEFAULT.contractId },
      { party: 'bank', operation: 'login', contractId: '99******99' },
      { party: 'token', action: 'removed', credentialId: token.credentialId },
    ]);
    const posted = JSON.stringify(heard);
    for (const secret of [code, DEFAULT.password, 'Secret-9999', '9999999999'])
      expect(posted).not.toContain(secret);
  });

  it('a staff unlock, a reset and a scenario', async () => {
    okOf(await demo.bank.staffUnlock('3456789012'));
    expect(heard).toEqual([{ party: 'bank', operation: 'staff-unlock', contractId: '3456789012' }]);
    heard = [];
    await demo.resetToSeed();
    expect(heard).toContainEqual({ party: 'token', action: 'cleared', credentialId: null });
    expect(heard).toContainEqual({ party: 'vip', credentialId: null });
    expect(heard).toContainEqual({ party: 'bank', operation: 'reset', contractId: null });
    expect(heard.at(-1)).toEqual({ party: 'demo', action: 'reset' });
    heard = [];
    await applyScenario(demo, 'device-lost');
    expect(heard.at(-1)).toEqual({ party: 'demo', action: 'scenario', scenario: 'device-lost' });
  });

  it('a trainer moving the clock: its new settings', () => {
    demo.clock.shift(-30_000);
    expect(heard).toEqual([{ party: 'clock', clock: demo.clock.settings() }]);
  });
});

describe('after a reset in another tab', () => {
  it('a token ID of before the reset is refused as removed by the reset, not as an invalid ID', async () => {
    const demo = await memoryDemo();
    try {
      const stale = okOf(await demo.device.install('mobile', demo.clock.now())).token;
      await demo.resetToSeed();
      const started = okOf(await demo.bank.startRegistration(DEFAULT.contractId, DEFAULT.password));
      const { code } = await demo.device.code(stale, demo.clock.now());
      expect(await demo.bank.completeRegistration(started.ticket, stale.credentialId, code)).toEqual({
        ok: false,
        code: 'credential-removed',
      });
      // An ID that never existed is still just unknown.
      expect(await demo.bank.completeRegistration(started.ticket, 'SYMC00000000', code)).toEqual({
        ok: false,
        code: 'unknown-credential',
      });
    } finally {
      demo.close();
    }
  });
});

describe('the demo clock across reloads', () => {
  /** What the shell lends the demo over localStorage. */
  function memorySettings(): DemoSettings & { values: Map<string, string> } {
    const values = new Map<string, string>();
    return {
      values,
      get: (key) => values.get(key) ?? null,
      set: (key, value) => (value === null ? values.delete(key) : values.set(key, value)),
    };
  }

  it('keeps a frozen or shifted clock until a trainer puts it back to now', async () => {
    const settings = memorySettings();
    let real = START;
    const open = () => memoryDemo({ settings, clock: createClock({ realNow: () => real }) });

    const first = await open();
    first.clock.shift(-30_000);
    first.clock.freeze();
    const frozenAt = first.clock.now();
    first.close();
    expect(JSON.parse(settings.values.get(CLOCK_SETTINGS_KEY)!)).toMatchObject({ frozen: true });

    real += 60_000;
    const reloaded = await open();
    expect(reloaded.clock.now()).toBe(frozenAt);
    expect(reloaded.clock.state().frozen).toBe(true);
    reloaded.clock.reset();
    expect(settings.values.has(CLOCK_SETTINGS_KEY)).toBe(false);
    reloaded.close();

    const again = await open();
    expect(again.clock.isRealTime()).toBe(true);
    expect(again.clock.now()).toBe(real);
    again.close();
  });

  it('ignores a kept setting it cannot read, and settings that refuse to keep anything', async () => {
    const broken: DemoSettings = {
      get: () => '{"anchorReal": "yesterday"',
      set: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const demo = await memoryDemo({ settings: broken, clock: createClock({ realNow: () => START }) });
    expect(demo.clock.isRealTime()).toBe(true);
    expect(demo.clock.shift(30_000)).toEqual({ ok: true });
    expect(demo.clock.now()).toBe(START + 30_000);
    demo.close();
  });

  it('does not tell other tabs of a demo in memory (they share nothing)', async () => {
    const a = await memoryDemo();
    const b = await memoryDemo();
    const heardByB: Change[] = [];
    b.changes.subscribe((change) => heardByB.push(change));
    await a.bank.login(WITH_TOKEN.contractId, 'Wrong-1234');
    expect(heardByB).toEqual([]);
    a.close();
    b.close();
  });
});
