import { html } from 'lit';
import type { Clock, ClockState } from '../../src/clock.js';
import type { ToolMessages } from '../../src/i18n/tools.js';

type TrainerMessages = ToolMessages['trainer'];

const CLOCK_STEP_MS = 30_000;
const SPEEDS = [1, 4] as const;

/** HH:MM:SS in Japan, whatever the trainer's laptop is set to. */
const clockTime = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Asia/Tokyo',
});

/** The demo time in the trainer's bar, stopped or running, and its speed. */
export function clockTimeTemplate(m: TrainerMessages, state: ClockState) {
  return html`<span class="now">
    <span class="sr-only">${m.clockNow}</span>
    <span class="time" part="time">${clockTime.format(state.now)}</span>
    <span class="clock-state"
      >${m.clockState(state.frozen ? m.frozen : m.running, m.speed(state.speed))}</span
    >
  </span>`;
}

/**
 * The trainer's clock tool: stop or start, ±30 s, speed ×1/×4, back to now. Its one stop/start
 * button says what it does (時刻を止める, 時刻を動かす), so it has no aria-pressed: a toggle
 * button's name must not change with its state (WAI-ARIA APG, Button pattern).
 */
export function clockToolTemplate(m: TrainerMessages, clock: Clock, state: ClockState) {
  return html`<section aria-labelledby="clock-title">
    <h3 id="clock-title">${m.clockTitle}</h3>
    <div class="actions">
      <button
        type="button"
        class="freeze"
        @click=${() => (clock.state().frozen ? clock.resume() : clock.freeze())}
      >
        ${state.frozen ? m.resume : m.freeze}
      </button>
      <span class="actions" role="group" aria-label=${m.moveClock}>
        <button
          type="button"
          class="back"
          aria-describedby="used-codes-note"
          @click=${() => clock.shift(-CLOCK_STEP_MS)}
        >
          ${m.back30}
        </button>
        <button type="button" class="forward" @click=${() => clock.shift(CLOCK_STEP_MS)}>
          ${m.forward30}
        </button>
      </span>
      <span class="actions" role="group" aria-label=${m.speedGroup}>
        ${SPEEDS.map(
          (speed) =>
            html`<button
              type="button"
              data-speed=${speed}
              aria-pressed=${state.speed === speed ? 'true' : 'false'}
              @click=${() => clock.setSpeed(speed)}
            >
              ${m.speed(speed)}
            </button>`,
        )}
      </span>
      <button type="button" class="reset-clock" @click=${() => clock.reset()}>${m.resetClock}</button>
    </div>
    <p id="used-codes-note" class="hint">${m.usedCodesNote}</p>
  </section>`;
}
