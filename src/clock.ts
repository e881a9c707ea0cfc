/**
 * The one clock of the demo. Every "now" in the app — the token's code, the validation
 * service's verdict, the bank's audit log — comes from here, so a trainer can freeze, shift
 * and speed up time and every party follows. Nothing else reads `Date.now()`.
 *
 * Demo time runs as `anchorDemo + (real - anchorReal) * speed` and stands still while frozen.
 * Those four values (`ClockSettings`) are absolute — real time is the same in every tab — so a
 * trainer's setting is one for all tabs (the change feed carries it) and survives a reload (the
 * page keeps it), until a trainer puts the clock back to now.
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

/** A trainer's setting refused: not a finite shift in ms, or a speed outside (0, MAX_SPEED]. */
type ClockResult =
  { ok: true } | { ok: false; code: 'malformed-shift' | 'malformed-speed' | 'malformed-settings' };

/** The clock as a trainer set it: demo time was `anchorDemo` at real time `anchorReal`. */
export interface ClockSettings {
  anchorReal: number;
  anchorDemo: number;
  speed: number;
  frozen: boolean;
}

type ClockAdjustListener = (settings: ClockSettings) => void;

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
   * Calls `listener` at every whole demo second, and at once whenever the clock is changed
   * (here or by `apply`). Returns the unsubscribe function.
   */
  subscribe(listener: ClockListener): () => void;
  /** The clock's settings now, absolute: another tab adopting them shows the same time. */
  settings(): ClockSettings;
  /** Whether demo time is real time: never moved, or put back to now. */
  isRealTime(): boolean;
  /**
   * Adopts settings made elsewhere — another tab's trainer, or this page before a reload. Not a
   * trainer's change here, so `onAdjust` listeners are not called.
   */
  apply(settings: unknown): ClockResult;
  /**
   * Calls `listener` with the new settings whenever a trainer changes this clock (freeze, resume,
   * shift, speed, reset), so they can be shared and kept. Returns the unsubscribe function.
   */
  onAdjust(listener: ClockAdjustListener): () => void;
}

export interface ClockOptions {
  /** Real time source; tests pass a fake one. */
  realNow?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export const MAX_SPEED = 60;
/** The last time a JavaScript Date can hold (ECMA-262 §21.4.1.1). */
const MAX_TIME = 8.64e15;

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && value >= 0 && value <= MAX_TIME;

/** Whether `value` is a clock's settings: times a Date can hold, a speed the clock allows. */
export function isClockSettings(value: unknown): value is ClockSettings {
  if (typeof value !== 'object' || value === null) return false;
  const { anchorReal, anchorDemo, speed, frozen } = value as Record<string, unknown>;
  return (
    isTime(anchorReal) &&
    isTime(anchorDemo) &&
    typeof speed === 'number' &&
    speed > 0 &&
    speed <= MAX_SPEED &&
    typeof frozen === 'boolean'
  );
}

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
  const adjustListeners = new Set<ClockAdjustListener>();

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

  const settings = (): ClockSettings => ({ anchorReal, anchorDemo, speed, frozen });

  /** A trainer changed the clock here: every listener, and whoever shares and keeps the setting. */
  function adjusted(): ClockResult {
    changed();
    const now = settings();
    for (const listener of [...adjustListeners]) listener(now);
    return { ok: true };
  }

  return {
    now,
    state: () => ({ now: now(), frozen, speed, offset: now() - realNow() }),
    freeze() {
      if (frozen) return;
      anchorDemo = now();
      anchorReal = realNow();
      frozen = true;
      adjusted();
    },
    resume() {
      if (!frozen) return;
      anchorReal = realNow();
      frozen = false;
      adjusted();
    },
    shift(ms: unknown) {
      // Demo time stays a date (ECMA-262 §21.4.1.1: ±8.64e15 ms); before 1970 no token works either.
      if (typeof ms !== 'number') return { ok: false, code: 'malformed-shift' };
      const shifted = now() + ms;
      if (!(shifted >= 0 && shifted <= MAX_TIME)) return { ok: false, code: 'malformed-shift' };
      reanchor();
      anchorDemo += ms;
      return adjusted();
    },
    setSpeed(factor: unknown) {
      if (typeof factor !== 'number' || !(factor > 0 && factor <= MAX_SPEED)) {
        return { ok: false, code: 'malformed-speed' };
      }
      reanchor();
      speed = factor;
      return adjusted();
    },
    reset() {
      anchorReal = realNow();
      anchorDemo = anchorReal;
      speed = 1;
      frozen = false;
      adjusted();
    },
    settings,
    isRealTime: () => anchorDemo === anchorReal && speed === 1 && !frozen,
    apply(value: unknown) {
      if (!isClockSettings(value)) return { ok: false, code: 'malformed-settings' };
      ({ anchorReal, anchorDemo, speed, frozen } = value);
      changed();
      return { ok: true };
    },
    onAdjust(listener) {
      adjustListeners.add(listener);
      return () => adjustListeners.delete(listener);
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
