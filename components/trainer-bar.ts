import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ClockState } from '../src/clock.js';
import type { Demo } from '../src/demo.js';
import { isLocale, messagesFor, type Locale } from '../src/i18n/index.js';
import { toolMessagesFor } from '../src/i18n/tool-messages.js';
import type { ToolMessages } from '../src/i18n/tools.js';
import type { Screen } from '../src/router.js';
import { SCENARIO_IDS, applyScenario, type ScenarioId } from '../src/scenarios.js';
import { isStorageError } from '../src/store/errors.js';
import { Announcer } from './internal/announcer.js';
import { followChanges } from './internal/change-listener.js';
import { ClockController } from './internal/clock-controller.js';
import { ConfirmDialog } from './internal/confirm-dialog.js';
import { defineElement } from './internal/define.js';
import { DemoCustomers, type TrainerStatus } from './internal/demo-customers.js';
import { FaultNotice } from './internal/fault-notice.js';
import { BankStyledElement } from './internal/bank-styled-element.js';
import { trainerBarStyles } from './trainer-bar.styles.js';

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

/**
 * The trainer's tools, collapsed behind one button: reset the demo, set up a scenario, move the
 * demo clock, see and add demo customers, presenter mode. A customer rehearsing never needs to
 * open it. It acts on the demo directly; the shell listens to its events to refresh the token
 * panel and go to the screen a scenario starts from.
 *
 * Passwords of customers added here stay in this element's memory for the page's life only:
 * the bank keeps a hash, and nothing stores or logs them.
 *
 * @summary トレーナー用ツール — demo reset, scenarios, clock, customers, presenter mode.
 * @fires demo-reset - The trainer reset the demo to its seed: `{}`.
 * @fires scenario-applied - The trainer set up a scenario: `{id, startAt, contractId, ticket?}` (a ticket when it starts at A1).
 * @fires presenter-changed - The trainer turned presenter mode on or off: `{on}`.
 * @csspart toggle - The button that opens and closes the tools.
 * @csspart panel - The tools, when open.
 * @csspart time - The demo time (HH:MM:SS, Japan).
 * @cssproperty --otp-font-mono - Font of IDs, passwords and codes.
 * @cssproperty --otp-color-bg - Background of panels and dialogs.
 * @cssproperty --otp-color-trainer-bg - Background of the trainer's tools.
 * @cssproperty --otp-color-trainer-border - Borders of the trainer's tools.
 */
@defineElement('trainer-bar')
export class TrainerBar extends BankStyledElement {
  static override styles = trainerBarStyles;

  /** Ticks the shown time while the tools are open. */
  private readonly ticker = new ClockController(this, () => (this.clockState = this.demo?.clock.state()));
  /** The last outcome, as a function of the messages so that it follows a change of language. */
  private readonly status = new Announcer<TrainerStatus>(this);
  /** The demo customers' table and the form that adds one. */
  private readonly customers = new DemoCustomers(this, {
    run: (work) => this.run(work),
    announce: (status) => this.status.announce(status),
  });
  /** Storage failed under an action: said with 再読み込み, where trying again would not help. */
  private readonly faults = new FaultNotice(this);
  /** "Reset the demo?" */
  private readonly resetQuestion = new ConfirmDialog<'reset'>(this, () => void this.resetDemo());

  @state() private busy = false;
  @state() private clockState?: ClockState;

  /** The demo the tools act on: its bank, token device and clock. */
  @property({ attribute: false }) demo?: Demo;

  /** Language of the tools: `ja` (default) or `en`. */
  @property() locale: Locale = 'ja';

  /** The tools are shown, not only their toggle. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Presenter mode is on (the trainer's toggle sets it; the shell restyles the page). */
  @property({ type: Boolean, reflect: true }) presenter = false;

  constructor() {
    super();
    // A customer changed (locked, a token registered, added…), here or in another tab: read them again.
    followChanges(this, {
      feed: () => this.demo?.changes,
      concerns: (change) => this.open && (change.party === 'bank' || change.party === 'demo'),
      reread: () => void this.refresh(),
    });
  }

  override willUpdate(changed: PropertyValues) {
    if (changed.has('demo') || changed.has('open')) {
      this.ticker.clock = this.open ? this.demo?.clock : undefined;
      if (this.open) void this.refresh();
    }
  }

  private get messages(): TrainerMessages {
    return toolMessagesFor(this.language).trainer;
  }

  private get language(): Locale {
    return isLocale(this.locale) ? this.locale : 'ja';
  }

  /** Focus goes to the toggle: the shell opens the tools the first time, once their code has loaded. */
  override focus(options?: FocusOptions) {
    this.renderRoot.querySelector<HTMLElement>('[part=toggle]')?.focus(options);
  }

  /**
   * Runs one action on the demo at a time; a click meanwhile does nothing. Storage failing under it
   * shows the fault notice (nothing of the action was written); anything else says it failed.
   */
  private async run(work: (demo: Demo) => Promise<void>) {
    const demo = this.demo;
    if (!demo || this.busy) return;
    this.busy = true;
    this.faults.clear();
    try {
      await work(demo);
    } catch (error) {
      if (isStorageError(error)) await this.faults.show(error);
      else await this.status.announce((m) => m.failed);
    } finally {
      this.busy = false;
    }
  }

  private toggle() {
    this.open = !this.open;
    this.resetQuestion.dismiss();
  }

  private async resetDemo() {
    await this.run(async (demo) => {
      await demo.resetToSeed();
      this.customers.forgetAdded();
      await this.refresh();
      this.emit('demo-reset', {});
      await this.status.announce((m) => m.resetDone);
    });
  }

  private async setUpScenario(id: ScenarioId) {
    await this.run(async (demo) => {
      const { customer, startAt, ticket } = await applyScenario(demo, id);
      this.customers.forgetAdded();
      await this.refresh();
      this.emit('scenario-applied', { id, startAt, contractId: customer.contractId, ticket });
      await this.status.announce((m) => [
        m.scenarioApplied(m.scenarios[id].label),
        m.loginWith(customer.contractId, customer.password),
        m.scenarios[id].hint,
      ]);
    });
  }

  /**
   * The clock's one button says what it does (時刻を止める, 時刻を動かす), so it has no aria-pressed:
   * a toggle button's name must not change with its state (WAI-ARIA APG, Button pattern).
   */
  private toggleFreeze() {
    const clock = this.demo?.clock;
    if (clock?.state().frozen) clock.resume();
    else clock?.freeze();
  }

  /**
   * Re-reads the customers (after a change in this tab or another). A read that fails under the
   * bank shows the fault notice.
   */
  refresh(): Promise<void> {
    return this.customers.refresh().catch((error: unknown) => this.faults.show(error));
  }

  private generalTemplate() {
    const m = this.messages;
    const reset = html`${this.resetQuestion.template({
        question: m.resetConfirm,
        confirm: m.resetConfirmButton,
        cancel: m.cancel,
      })}
      <button
        type="button"
        class="reset"
        aria-disabled=${this.busy ? 'true' : 'false'}
        @click=${(event: Event) => this.resetQuestion.ask('reset', event.currentTarget as HTMLElement)}
      >
        ${m.reset}
      </button>`;
    return html`<div class="wide">
      <p>${m.intro}</p>
      <div class="actions">
        ${reset}
        <button
          type="button"
          class="presenter"
          aria-pressed=${this.presenter ? 'true' : 'false'}
          @click=${() => {
            this.presenter = !this.presenter;
            this.emit('presenter-changed', { on: this.presenter });
          }}
        >
          ${m.presenter}
        </button>
      </div>
    </div>`;
  }

  private scenariosTemplate() {
    const m = this.messages;
    return html`<section aria-labelledby="scenarios-title">
      <h3 id="scenarios-title">${m.scenariosTitle}</h3>
      <div class="actions">
        ${SCENARIO_IDS.map(
          (id) =>
            html`<button
              type="button"
              data-scenario=${id}
              aria-disabled=${this.busy ? 'true' : 'false'}
              @click=${() => this.setUpScenario(id)}
            >
              ${m.scenarios[id].label}
            </button>`,
        )}
      </div>
    </section>`;
  }

  private clockTemplate() {
    const m = this.messages;
    const clock = this.demo?.clock;
    const state = this.clockState;
    if (!clock || !state) return nothing;
    return html`<section aria-labelledby="clock-title">
      <h3 id="clock-title">${m.clockTitle}</h3>
      <p>
        ${m.clockNow}
        <span class="time" part="time">${clockTime.format(state.now)}</span>
        <span class="clock-state"
          >${m.clockState(state.frozen ? m.frozen : m.running, m.speed(state.speed))}</span
        >
      </p>
      <div class="actions">
        <button type="button" class="freeze" @click=${this.toggleFreeze}>
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

  override render() {
    const m = this.messages;
    return html`<div lang=${this.language}>
      <h2 class="disclosure">
        <button
          type="button"
          part="toggle"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="trainer-tools"
          @click=${this.toggle}
        >
          ${messagesFor(this.language).common.trainerTools}
        </button>
      </h2>
      <div id="trainer-tools" class="panel" part="panel" ?hidden=${!this.open}>
        ${
          this.open
            ? html`<div class="tools">
                ${this.generalTemplate()} ${this.scenariosTemplate()} ${this.clockTemplate()}
                <p class="status wide ${this.status.message ? 'shown' : ''}" role="status">
                  ${[this.status.message?.(m) ?? []].flat().map((line) => html`<span>${line}</span>`)}
                </p>
                ${this.faults.fault ? html`<div class="wide">${this.faults.template(messagesFor(this.language))}</div>` : nothing}
                ${this.customers.template(m, messagesFor(this.language), this.busy)}
              </div>`
            : nothing
        }
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'trainer-bar': TrainerBar;
  }
  interface GlobalEventHandlersEventMap {
    /** The trainer reset the demo to its seed; the shell refreshes the token panel, shows login. */
    'demo-reset': CustomEvent<Record<string, never>>;
    /** The trainer set up a scenario; the shell refreshes the token panel, shows `startAt`. */
    'scenario-applied': CustomEvent<{ id: ScenarioId; startAt: Screen; contractId: string; ticket?: string }>;
    /** The trainer turned presenter mode on or off. */
    'presenter-changed': CustomEvent<{ on: boolean }>;
  }
}
