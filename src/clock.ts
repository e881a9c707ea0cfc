/**
 * The one clock of the demo. Every "now" in the app — the token's code, the validation
 * service's verdict, the bank's audit log — comes from here, so a trainer can freeze, shift
 * and speed up time and every party follows. Nothing else reads `Date.now()`.
 *
 * Demo time runs as `anchorDemo + (real - anchorReal) * speed` and stands still while frozen.
 */

export type ClockListener = (now: number) => void;

export interface ClockState {
  /** Demo time, ms since the epoch. */
  now: number;
  frozen: boolean;
  speed: number;
  /** Demo time minus real time, ms: how far a trainer has moved the clock. */
  offset: number;
}

/** A trainer's setting refused: not a finite shift in ms, or a speed outside (0, MAX_SPEED]. */
export type ClockResult = { ok: true } | { ok: false; code: 'malformed-shift' | 'malformed-speed' };

export interface Clock {
  now(): number;
  state(): ClockState;
  freeze(): void;
  resume(): void;
  /** Moves demo time by `ms` (negative goes back). */
  shift(ms: number): ClockResult;
  /** How many demo seconds pass per real second; 1 is real time. */
  setSpeed(factor: number): ClockResult;
  /** Back to real time, running, speed 1. */
  reset(): void;
  /**
   * Calls `listener` at every whole demo second, and at once whenever a trainer changes the
   * clock. Returns the unsubscribe function.
   */
  subscribe(listener: ClockListener): () => void;
}

export interface ClockOptions {
  /** Real time source; tests pass a fake one. */
  realNow?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export const MAX_SPEED = 60;
/** The last time a JavaScript Date can hold. */
const MAX_TIME = 8.64e15;

export function createClock(options: ClockOptions = {}): Clock {
  const realNow = options.realNow ?? (() => Date.now());
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer =
    options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));

  let anchorReal = realNow();
  let anchorDemo = anchorReal;
  let speed = 1;
  let frozen = false;
  let timer: unknown = undefined;
  const listeners = new Set<ClockListener>();

  const now = () => (frozen ? anchorDemo : anchorDemo + (realNow() - anchorReal) * speed);

  // Re-anchoring keeps demo time continuous when speed or frozen state changes.
  function reanchor() {
    anchorDemo = now();
    anchorReal = realNow();
  }

  function notify() {
    const time = now();
    for (const listener of [...listeners]) listener(time);
  }

  function schedule() {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
    if (listeners.size === 0 || frozen) return;
    // Wake at the next whole demo second so a countdown never shows a stale number.
    const demoMsToNextSecond = 1000 - (((now() % 1000) + 1000) % 1000);
    timer = setTimer(
      () => {
        timer = undefined;
        notify();
        schedule();
      },
      Math.max(1, Math.ceil(demoMsToNextSecond / speed)),
    );
  }

  function changed() {
    notify();
    schedule();
  }

  return {
    now,
    state: () => ({ now: now(), frozen, speed, offset: now() - realNow() }),
    freeze() {
      if (frozen) return;
      anchorDemo = now();
      frozen = true;
      changed();
    },
    resume() {
      if (!frozen) return;
      anchorReal = realNow();
      frozen = false;
      changed();
    },
    shift(ms: unknown) {
      // Demo time stays a date (ECMA-262 §21.4.1.1: ±8.64e15 ms); before 1970 no token works either.
      if (typeof ms !== 'number') return { ok: false, code: 'malformed-shift' };
      const shifted = now() + ms;
      if (!(shifted >= 0 && shifted <= MAX_TIME)) return { ok: false, code: 'malformed-shift' };
      reanchor();
      anchorDemo += ms;
      changed();
      return { ok: true };
    },
    setSpeed(factor: unknown) {
      if (typeof factor !== 'number' || !(factor > 0 && factor <= MAX_SPEED)) {
        return { ok: false, code: 'malformed-speed' };
      }
      reanchor();
      speed = factor;
      changed();
      return { ok: true };
    },
    reset() {
      anchorReal = realNow();
      anchorDemo = anchorReal;
      speed = 1;
      frozen = false;
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) schedule();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) schedule();
      };
    },
  };
}

/** The app's clock. */
export const clock: Clock = createClock();
