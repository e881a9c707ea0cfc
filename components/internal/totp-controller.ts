import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { totp, totpStep } from '../../src/otp/totp.js';

/**
 * The code a TOTP secret gives at the moment an element shows, for as long as the element is on the
 * page. The HMAC runs once per time step (a clock ticking every second asks 30 times per step) and
 * again only when the secret changes. HMAC is asynchronous (WebCrypto): an answer that arrives
 * after a newer moment or secret was asked for is dropped, so a late code never replaces a newer
 * one. Taken off the page mid-computation, the element gets no answer while away and the code of
 * its last moment when it is back.
 */
export class TotpController implements ReactiveController {
  /** The code for the last moment asked; undefined while the first is computed, or without one. */
  code?: string;
  private step?: number;
  private secret?: Uint8Array;
  /** Numbers each computation; only the newest may set `code`. */
  private request = 0;
  /** A computation is under way, for the moment last asked (`asked`). */
  private pending = false;
  private asked?: { secret: Uint8Array | undefined; now: number };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly period: number,
  ) {
    host.addController(this);
  }

  hostConnected() {
    // Back on the page after leaving mid-computation: compute what was asked last.
    if (this.asked && this.step === undefined) this.show(this.asked.secret, this.asked.now);
  }

  hostDisconnected() {
    if (!this.pending) return;
    this.request++;
    this.pending = false;
    this.step = undefined;
    this.secret = undefined;
  }

  /** Brings `code` to the step of `now` for `secret`; no secret (or a moment before 1970) shows none. */
  show(secret: Uint8Array | undefined, now: number) {
    this.asked = { secret, now };
    let step: number;
    try {
      step = totpStep(now, this.period);
    } catch {
      // A clock moved before the epoch: there is no code to show.
      return this.forget();
    }
    if (!secret) return this.forget();
    if (step === this.step && secret === this.secret) return;
    this.step = step;
    this.secret = secret;
    const request = ++this.request;
    this.pending = true;
    totp({ secret, time: now, period: this.period }).then(
      (code) => {
        if (request !== this.request) return;
        this.pending = false;
        this.code = code;
        this.host.requestUpdate();
      },
      () => {
        if (request === this.request) this.forget();
      },
    );
  }

  /** No code: none shown, a computation under way dropped, the next `show()` computes again. */
  private forget() {
    this.request++;
    this.pending = false;
    this.step = undefined;
    this.secret = undefined;
    if (this.code === undefined) return;
    this.code = undefined;
    this.host.requestUpdate();
  }
}
