import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/clock.js';

/** A controllable real time and timer queue, so the clock's ticks can be stepped exactly. */
function fakeTime(start = 1_700_000_000_000) {
  let real = start;
  const timers: { at: number; callback: () => void; id: number }[] = [];
  let nextId = 1;
  return {
    realNow: () => real,
    setTimer: (callback: () => void, ms: number) => {
      const id = nextId++;
      timers.push({ at: real + ms, callback, id });
      return id;
    },
    clearTimer: (id: unknown) => {
      const index = timers.findIndex((timer) => timer.id === id);
      if (index >= 0) timers.splice(index, 1);
    },
    advance(ms: number) {
      const end = real + ms;
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const due = timers[0];
        if (!due || due.at > end) break;
        timers.shift();
        real = due.at;
        due.callback();
      }
      real = end;
    },
    pending: () => timers.length,
  };
}

describe('clock', () => {
  it('follows real time by default', () => {
    const time = fakeTime();
    const clock = createClock(time);
    expect(clock.now()).toBe(time.realNow());
    time.advance(1234);
    expect(clock.now()).toBe(time.realNow());
    expect(clock.state()).toMatchObject({ frozen: false, speed: 1, offset: 0 });
  });

  it('stands still while frozen and continues from there when resumed', () => {
    const time = fakeTime();
    const clock = createClock(time);
    const start = clock.now();
    clock.freeze();
    time.advance(10_000);
    expect(clock.now()).toBe(start);
    clock.resume();
    time.advance(500);
    expect(clock.now()).toBe(start + 500);
    expect(clock.state().offset).toBe(-10_000);
  });

  it('shifts forward and back, also while frozen', () => {
    const time = fakeTime();
    const clock = createClock(time);
    const start = clock.now();
    clock.shift(30_000);
    expect(clock.now()).toBe(start + 30_000);
    clock.freeze();
    clock.shift(-60_000);
    expect(clock.now()).toBe(start - 30_000);
    expect(clock.shift(Number.NaN)).toEqual({ ok: false, code: 'malformed-shift' });
  });

  it('runs faster at a speed factor, continuously across changes', () => {
    const time = fakeTime();
    const clock = createClock(time);
    const start = clock.now();
    clock.setSpeed(4);
    time.advance(1000);
    expect(clock.now()).toBe(start + 4000);
    clock.setSpeed(1);
    time.advance(1000);
    expect(clock.now()).toBe(start + 5000);
    expect(clock.setSpeed(0)).toEqual({ ok: false, code: 'malformed-speed' });
    expect(clock.setSpeed(1000)).toEqual({ ok: false, code: 'malformed-speed' });
  });

  it('reset returns to real time, running at speed 1', () => {
    const time = fakeTime();
    const clock = createClock(time);
    clock.shift(99_000);
    clock.setSpeed(4);
    clock.freeze();
    clock.reset();
    expect(clock.state()).toMatchObject({ now: time.realNow(), frozen: false, speed: 1, offset: 0 });
  });

  it('ticks subscribers on every whole demo second, and at once on a change', () => {
    const time = fakeTime(1_700_000_000_400);
    const clock = createClock(time);
    const ticks: number[] = [];
    const unsubscribe = clock.subscribe((now) => ticks.push(now));
    time.advance(2000);
    expect(ticks).toEqual([1_700_000_001_000, 1_700_000_002_000]);
    clock.shift(30_000);
    expect(ticks.at(-1)).toBe(1_700_000_032_400);
    unsubscribe();
    time.advance(5000);
    expect(ticks).toHaveLength(3);
    expect(time.pending()).toBe(0);
  });

  it('ticks four times as often at speed 4, and not at all while frozen', () => {
    const time = fakeTime(1_700_000_000_000);
    const clock = createClock(time);
    const ticks: number[] = [];
    clock.subscribe((now) => ticks.push(now));
    clock.setSpeed(4);
    ticks.length = 0;
    time.advance(1000);
    expect(ticks).toEqual([1_700_000_001_000, 1_700_000_002_000, 1_700_000_003_000, 1_700_000_004_000]);
    clock.freeze();
    ticks.length = 0;
    time.advance(10_000);
    expect(ticks).toEqual([]);
    expect(time.pending()).toBe(0);
  });

  it('has absolute settings: a second clock on the same real time that adopts them shows the same time', () => {
    const time = fakeTime();
    const tabA = createClock(time);
    const tabB = createClock(time);
    const adjusted: unknown[] = [];
    tabA.onAdjust((settings) => adjusted.push(settings));
    const ticksB: number[] = [];
    tabB.subscribe((now) => ticksB.push(now));

    tabA.setSpeed(4);
    tabA.shift(-30_000);
    expect(adjusted).toHaveLength(2);
    expect(tabB.apply(adjusted.at(-1))).toEqual({ ok: true });
    expect(ticksB.at(-1)).toBe(tabA.now()); // B's listeners hear the change at once
    time.advance(5000);
    expect(tabB.now()).toBe(tabA.now());
    expect(tabB.state()).toMatchObject({ speed: 4, frozen: false });

    tabA.freeze();
    tabB.apply(adjusted.at(-1));
    time.advance(5000);
    expect([tabB.now(), tabB.state().frozen]).toEqual([tabA.now(), true]);
    expect(tabA.isRealTime()).toBe(false);
    tabA.reset();
    expect(tabA.isRealTime()).toBe(true);
    expect(adjusted).toHaveLength(4);
  });

  it('adopting settings is not a trainer change here, and refuses anything that is not settings', () => {
    const time = fakeTime();
    const clock = createClock(time);
    const adjusted: unknown[] = [];
    clock.onAdjust((settings) => adjusted.push(settings));
    const before = clock.settings();
    for (const bad of [
      null,
      {},
      { anchorReal: 1, anchorDemo: -5, speed: 1, frozen: false },
      { ...before, speed: 0 },
      { ...before, frozen: 'yes' },
    ]) {
      expect(clock.apply(bad)).toEqual({ ok: false, code: 'malformed-settings' });
    }
    expect(clock.settings()).toEqual(before);
    expect(clock.apply({ ...before, anchorDemo: before.anchorDemo + 60_000 })).toEqual({ ok: true });
    expect(clock.now()).toBe(time.realNow() + 60_000);
    expect(adjusted).toEqual([]);
    // A trainer's change that changes nothing is not announced either.
    clock.resume();
    expect(adjusted).toEqual([]);
  });
});
