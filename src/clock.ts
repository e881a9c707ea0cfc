/**
 * The one clock of the demo. Every "now" in the app — the token's code, the validation
 * service's verdict, the bank's audit log — comes from here, so a trainer can freeze, shift
 * and speed up time and every party follows. Nothing else reads `Date.now()`.
 *
 * Demo time runs as `anchorDemo + (real - anchorReal) * speed` and stands still while frozen.
 */

type ClockListener = (now: number) => void;

export interface ClockState {
  /** Demo time, ms since the epoch. */
  now: number;
  frozen: boolean;
  speed: number;
  /** Demo time minus real time, ms: how far a trainer has moved the clock. */
  offset: number;
}

export interface Clock {
  now(): number;
  state(): ClockState;
  freeze(): void;
  resume(): void;
  /** Moves demo time by `ms` (negative goes back). */
  shift(ms: number): void;
  /** How many demo seconds pass per real second; 1 is real time. */
  setSpeed(factor: number): void;
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

const MAX_SPEED = 60;

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
    shift(ms) {
      if (!Number.isFinite(ms)) throw new RangeError(`Clock shift must be a finite number of ms, got ${ms}`);
      reanchor();
      anchorDemo += ms;
      changed();
    },
    setSpeed(factor) {
      if (!Number.isFinite(factor) || factor <= 0 || factor > MAX_SPEED) {
        throw new RangeError(`Clock speed must be in (0, ${MAX_SPEED}], got ${factor}`);
      }
      reanchor();
      speed = factor;
      changed();
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
