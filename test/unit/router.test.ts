import { describe, expect, it } from 'vitest';
import { ROUTES, hashFor, isAside, leavesFlow, parseHash, resolve, type Screen } from '../../src/router.js';

describe('route table', () => {
  it('round-trips every screen through its hash', () => {
    for (const screen of Object.keys(ROUTES) as Screen[]) {
      const location = screen === 'help' ? { screen, topic: 'register-token' as const } : { screen };
      expect(parseHash(hashFor(location))).toEqual(location);
    }
  });

  it.each(['', '#', '#/', '#/nowhere', '#/help/nowhere', 'javascript:alert(1)', '#/login/../account'])(
    'sends an unknown hash %j to the login screen',
    (hash) => {
      expect(parseHash(hash)).toEqual({ screen: 'login' });
    },
  );

  it('uses only hash links, so any host folder, a USB stick or file:// works', () => {
    for (const route of Object.values(ROUTES)) expect(route.hash).toMatch(/^#\//);
  });
});

describe('flow consistency', () => {
  it('shows a flow step only with the state its previous step left', () => {
    expect(resolve({ screen: 'register-token' }, { screen: 'register-token', ticket: 't' }, false)).toEqual({
      location: { screen: 'register-token' },
      restarted: false,
    });
  });

  it.each([
    ['login-otp', 'login'],
    ['register-token', 'register-auth'],
    ['register-done', 'login'],
    ['deactivate-otp', 'deactivate-auth'],
    ['deactivate-done', 'login'],
  ] as [Screen, Screen][])('after a reload, %s restarts at %s with an explanation', (screen, first) => {
    expect(resolve({ screen }, undefined, false)).toEqual({ location: { screen: first }, restarted: true });
  });

  it('Back onto an earlier step of a finished flow restarts it (never a half-registered token)', () => {
    // R2 done: the flow state now leads to R3; Back asks for R2 again.
    expect(
      resolve({ screen: 'register-token' }, { screen: 'register-done', result: 'SYMC12345678' }, false),
    ).toEqual({
      location: { screen: 'register-auth' },
      restarted: true,
    });
  });

  it('shows the account only to someone logged in', () => {
    expect(resolve({ screen: 'account' }, undefined, false)).toEqual({
      location: { screen: 'login' },
      restarted: false,
    });
    expect(resolve({ screen: 'account' }, undefined, true)).toEqual({
      location: { screen: 'account' },
      restarted: false,
    });
  });

  it('always shows first steps and help', () => {
    for (const screen of ['login', 'register-auth', 'deactivate-auth', 'otp-info'] as Screen[]) {
      expect(resolve({ screen }, undefined, false).location).toEqual({ screen });
    }
    expect(resolve({ screen: 'help', topic: 'keyboard' }, undefined, false).location).toEqual({
      screen: 'help',
      topic: 'keyboard',
    });
  });
});

describe('leaving a flow', () => {
  const flow = { screen: 'register-token' as const, ticket: 't' };

  it('leaves it for any screen but its next step and the pages aside', () => {
    for (const screen of Object.keys(ROUTES) as Screen[]) {
      const stays = screen === 'register-token' || screen === 'help' || screen === 'otp-info';
      expect(leavesFlow({ screen }, flow), screen).toBe(!stays);
    }
  });

  it('keeps it through any help page, and leaves nothing when there is no flow', () => {
    expect(leavesFlow({ screen: 'help', topic: 'keyboard' }, flow)).toBe(false);
    for (const screen of Object.keys(ROUTES) as Screen[])
      expect(leavesFlow({ screen }, undefined)).toBe(false);
  });

  it('has the help pages aside, and nothing else', () => {
    expect((Object.keys(ROUTES) as Screen[]).filter(isAside)).toEqual(['otp-info', 'help']);
  });
});
