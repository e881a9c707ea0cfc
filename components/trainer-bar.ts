import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ClockState } from '../src/clock.js';
import type { DemoParties } from '../src/demo.js';
import { isLocale, messagesFor, type Locale } from '../src/i18n/index.js';
import { toolMessagesFor } from '../src/i18n/tool-messages.js';
import type { ToolMessages } from '../src/i18n/tools.js';
import type { Screen } from '../src/router.js';
import { SCENARIO_IDS, applyScenario, type ScenarioId } from '../src/scenarios.js';
import { isStorageError } from '../src/store/errors.js';
import { Announcer } from './internal/announcer.js';
import { followChanges } from './internal/change-listener.js';
import { ClockController } from './internal/clock-controller.js';
import { clockTimeTemplate, clockToolTemplate } from './internal/trainer-clock.js';
import { ConfirmDialog } from './internal/confirm-dialog.js';
import { defineElement } from './internal/define.js';
import { ToolPopovers } from './internal/tool-popovers.js';
import { DemoCustomers, type TrainerStatus } from './internal/demo-customers.js';
import { FaultNotice } from './internal/fault-notice.js';
import { BankStyledElement } from './internal/bank-styled-element.js';
import { trainerBarStyles } from './trainer-bar.styles.js';

type TrainerMessages = ToolMessages['trainer'];
/** The tools that open a popover below the bar. */
type Tool = 'scenarios' | 'clock' | 'customers';

/**
 * The trainer's tools, collapsed behind one button: reset the demo, set up a scenario, move the
 * demo clock, see and add demo customers, presenter mode. A customer rehearsing never needs to
 * open it. It acts on the demo directly; the shell listens to its events to refresh the token
 * panel and go to the screen a scenario starts from.
 *
 * Open, the tools are one row (it wraps on a phone) with the demo time and the last outcome below it,
 * so the bank screen and the token stay in view on a projector. Scenarios, the clock and the
 * customers each open a popover below the bar, one at a time, over the page (Escape, a click
 * elsewhere or a chosen scenario closes it, the focus back on its button); Escape in the row folds
 * the tools up. A popover rather than a side drawer: each is used for a moment and then gets out
 * of the way, where a drawer would keep a third of the screen from the bank and the token.
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
  /** Which tool's popover is open; the focus back on its button when it closes. */
  private readonly popovers = new ToolPopovers(this);
  /** "Reset the demo?" */
  private readonly resetQuestion = new ConfirmDialog<'reset'>(this, () => void this.resetDemo());

  @state() private busy = false;
  @state() private clockState?: ClockState;

  /** The demo the tools act on: its bank, token device and clock. */
  @property({ attribute: false }) demo?: DemoParties;

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
  private async run(work: (demo: DemoParties) => Promise<void>) {
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

  /** Closes the scenarios' popover at once: the shell then shows where the scenario starts. */
  private async setUpScenario(id: ScenarioId) {
    this.renderRoot.querySelector<HTMLElement>('#scenarios')?.hidePopover();
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
   * Re-reads the customers (after a change in this tab or another). A read that fails under the
   * bank shows the fault notice.
   */
  refresh(): Promise<void> {
    return this.customers.refresh().catch((error: unknown) => this.faults.show(error));
  }

  /** Escape in the open tools, no popover open, folds them up and gives the focus back to the toggle. */
  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !this.open) return;
    // An open popover (or the question) closes first, by itself, giving the focus back to its opener.
    if (this.renderRoot.querySelector(':popover-open, dialog[open]')) return;
    event.preventDefault();
    this.toggle();
    this.focus();
  };

  /**
   * A tool: its button in the bar, then its popover, whose content is in the page only while it is
   * open (CSS styles the button by `+ :popover-open`).
   */
  private toolTemplate(id: Tool, label: string, content: () => unknown) {
    return html`<button type="button" class="opener" popovertarget=${id}>${label}</button>
      <div
        id=${id}
        class="popover"
        popover
        @beforetoggle=${this.popovers.beforeToggle}
        @toggle=${this.popovers.toggle}
      >
        ${this.popovers.isOpen(id) ? content() : nothing}
      </div>`;
  }

  private scenariosTemplate() {
    const m = this.messages;
    return html`<section aria-labelledby="scenarios-title">
      <h3 id="scenarios-title">${m.scenariosTitle}</h3>
      <ul class="scenarios">
        ${SCENARIO_IDS.map(
          (id) =>
            html`<li>
              <button
                type="button"
                data-scenario=${id}
                aria-describedby="hint-${id}"
                aria-disabled=${this.busy ? 'true' : 'false'}
                @click=${() => this.setUpScenario(id)}
              >
                ${m.scenarios[id].label}
              </button>
              <p id="hint-${id}" class="hint">${m.scenarios[id].hint}</p>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  /** The bar's tools, open: a scenario, the clock, the customers, presenter mode, the reset. */
  private toolsTemplate() {
    const m = this.messages;
    const clock = this.demo?.clock;
    const state = this.clockState;
    return html`${this.toolTemplate('scenarios', m.scenariosTitle, () => this.scenariosTemplate())}
    ${
      clock && state
        ? html`${this.toolTemplate('clock', m.clockTitle, () => clockToolTemplate(m, clock, state))}
          ${clockTimeTemplate(m, state)}`
        : nothing
    }
    ${this.toolTemplate('customers', m.customersTitle, () =>
      this.customers.template(m, messagesFor(this.language), this.busy),
    )}
    ${this.generalTemplate()}`;
  }

  private generalTemplate() {
    const m = this.messages;
    return html`<button
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
      ${this.resetQuestion.template({
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
  }

  override render() {
    const m = this.messages;
    const status = this.status.message?.(m);
    // A region named by its heading: the bar's outcome and popovers are in a landmark of their own.
    return html`<section
      class="bar"
      lang=${this.language}
      aria-labelledby="tools-title"
      @keydown=${this.onKeydown}
    >
      <div class="row">
        <h2 id="tools-title" class="disclosure">
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
        <div id="trainer-tools" class="tools" part="panel" ?hidden=${!this.open}>
          ${this.open ? this.toolsTemplate() : nothing}
        </div>
      </div>
      ${
        this.open
          ? html`<p class="intro" ?hidden=${status !== undefined}>${m.intro}</p>
              <p class="status ${status ? 'shown' : ''}" role="status">
                ${[status ?? []].flat().map((line) => html`<span>${line}</span>`)}
              </p>
              ${this.faults.fault ? html`<div class="faults">${this.faults.template(messagesFor(this.language))}</div>` : nothing}`
          : nothing
      }
    </section>`;
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
