import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock } from '../../src/clock.js';

/**
 * Ties an element to the demo clock for as long as it is connected: calls `onTick` with the
 * demo time at every whole demo second and whenever a trainer moves the clock.
 * (lit.dev "Reactive controllers", clock-controller.ts)
 */
export class ClockController implements ReactiveController {
  private currentClock?: Clock;
  private unsubscribe?: () => void;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly onTick: (now: number) => void,
  ) {
    host.addController(this);
  }

  set clock(clock: Clock | undefined) {
    if (clock === this.currentClock) return;
    this.currentClock = clock;
    this.resubscribe();
  }

  get clock(): Clock | undefined {
    return this.currentClock;
  }

  hostConnected() {
    this.connected = true;
    this.resubscribe();
  }

  hostDisconnected() {
    this.connected = false;
    this.resubscribe();
  }

  private resubscribe() {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (!this.connected || !this.currentClock) return;
    this.unsubscribe = this.currentClock.subscribe(this.onTick);
    this.onTick(this.currentClock.now());
  }
}
