import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CustomerSummary } from '../src/bank/bank.js';
import type { BankErrorCode } from '../src/bank/codes.js';
import type { ClockState } from '../src/clock.js';
import { DEMO_CUSTOMERS, type Demo } from '../src/demo.js';
import { failureMessage, isLocale, messagesFor, type Locale } from '../src/i18n/index.js';
import { toolMessagesFor } from '../src/i18n/tool-messages.js';
import type { ToolMessages } from '../src/i18n/tools.js';
import type { Screen } from '../src/router.js';
import { SCENARIO_IDS, applyScenario, type ScenarioId } from '../src/scenarios.js';
import { ClockController } from './internal/clock-controller.js';
import { defineElement } from './internal/define.js';
import { bankScreenStyles, disclosureBarStyles } from './internal/styles.js';

type TrainerMessages = ToolMessages['trainer'];

/** The add-a-customer form's fields, in the order the bank checks them. */
type Field = 'contract-id' | 'password' | 'name' | 'balance';
type Draft = Record<Field, string>;

const EMPTY_DRAFT: Draft = { 'contract-id': '', password: '', name: '', balance: '' };

/** Which field each refusal of `bank.addCustomer` belongs beside. */
const FIELD_OF: Partial<Record<BankErrorCode, Field>> = {
  'malformed-contract-id': 'contract-id',
  'contract-exists': 'contract-id',
  'malformed-password': 'password',
  'weak-password': 'password',
  'malformed-name': 'name',
  'malformed-balance': 'balance',
};

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
 */
@defineElement('trainer-bar')
export class TrainerBar extends LitElement {
  static override styles = [
    bankScreenStyles,
    disclosureBarStyles,
    css`
      :host {
        display: block;
        background: var(--otp-color-trainer-bg, #f3f1ea);
        border-bottom: 1px solid #c9c4b4;
      }
      .panel {
        padding: 0 0.75em 0.75em;
      }
      .tools {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 24em), 1fr));
        gap: 0.5em 1.5em;
      }
      .wide {
        grid-column: 1 / -1;
      }
      h3 {
        margin: 0.75em 0 0.4em;
      }
      button {
        padding: 0.3em 0.8em;
      }
      button[aria-pressed='true'] {
        background: var(--otp-color-primary, #0b5394);
        border-color: var(--otp-color-primary, #0b5394);
        color: #fff;
      }
      button[aria-disabled='true'] {
        cursor: progress;
        opacity: 0.7;
      }
      button.danger {
        background: var(--otp-color-error, #b00020);
        border-color: var(--otp-color-error, #b00020);
        color: #fff;
      }
      .confirm {
        border: 2px solid var(--otp-color-error, #b00020);
        background: #fff;
        padding: 0.5em 0.75em;
      }
      .time {
        font-size: 1.6em;
        font-variant-numeric: tabular-nums;
        font-weight: bold;
      }
      .status {
        min-height: 1.6em;
        margin: 0.5em 0 0;
        font-weight: bold;
      }
      .status span {
        display: block;
      }
      .clock-state {
        white-space: nowrap;
      }
      .status.shown {
        border-inline-start: 0.3em solid var(--otp-color-primary, #0b5394);
        padding-inline-start: 0.5em;
      }
      /* Narrow screens scroll the table rather than break 契約者ID digit by digit. */
      th,
      td {
        white-space: nowrap;
      }
      th[scope='row'] {
        font-weight: normal;
      }
      .value {
        margin-inline-end: 0.5em;
        font-family: ui-monospace, monospace;
      }
      td button,
      th button {
        min-height: 2em;
        padding: 0.1em 0.6em;
        font-size: 0.9em;
      }
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75em 1em;
        align-items: flex-start;
        margin: 0.5em 0;
      }
      form .field {
        flex: 1 1 11em;
        max-width: 16em;
      }
      /* Level with the inputs, below their labels. */
      form .actions {
        padding-top: 1.6em;
      }
    `,
  ];

  /** Ticks the shown time while the tools are open. */
  private readonly ticker = new ClockController(this, () => (this.clockState = this.demo?.clock.state()));
  /** Passwords of customers added here, for this page only. */
  private readonly addedPasswords = new Map<string, string>();
  /** Discards a customer list that arrives after a newer one was asked for. */
  private listRequest = 0;

  @state() private confirmingReset = false;
  @state() private busy = false;
  @state() private customers: CustomerSummary[] = [];
  @state() private clockState?: ClockState;
  @state() private draft: Draft = EMPTY_DRAFT;
  @state() private addError?: { field: Field; code: BankErrorCode };
  /** The last outcome, as a function of the messages so that it follows a change of language. */
  @state() private status?: (m: TrainerMessages) => string | string[];

  /** The demo the tools act on: its bank, token device and clock. */
  @property({ attribute: false }) demo?: Demo;

  /** Language of the tools: `ja` (default) or `en`. */
  @property() locale: Locale = 'ja';

  /** The tools are shown, not only their toggle. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Presenter mode is on (the trainer's toggle sets it; the shell restyles the page). */
  @property({ type: Boolean, reflect: true }) presenter = false;

  override willUpdate(changed: PropertyValues) {
    // Another demo: the passwords typed here belong to the old one.
    if (changed.has('demo')) this.addedPasswords.clear();
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

  private emit<T>(type: string, detail: T) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private focusOn(selector: string) {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Empties the status region first, so the same message twice in a row is announced twice. */
  private async announce(status: (m: TrainerMessages) => string | string[]) {
    this.status = undefined;
    await this.updateComplete;
    this.status = status;
  }

  /** Runs one action on the demo at a time; a click meanwhile does nothing. */
  private async run(work: (demo: Demo) => Promise<void>) {
    const demo = this.demo;
    if (!demo || this.busy) return;
    this.busy = true;
    try {
      await work(demo);
    } catch {
      await this.announce((m) => m.failed);
    } finally {
      this.busy = false;
    }
  }

  private toggle() {
    this.open = !this.open;
    this.confirmingReset = false;
  }

  private async askReset() {
    this.confirmingReset = true;
    await this.updateComplete;
    // The least destructive choice gets focus (WAI-ARIA APG, alertdialog pattern).
    this.focusOn('.confirm .cancel');
  }

  private async cancelReset() {
    this.confirmingReset = false;
    await this.updateComplete;
    this.focusOn('button.reset');
  }

  private onConfirmKeydown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    void this.cancelReset();
  }

  private async confirmReset() {
    this.confirmingReset = false;
    const done = this.run(async (demo) => {
      await demo.resetToSeed();
      this.addedPasswords.clear();
      await this.refresh();
      this.emit('demo-reset', {});
      await this.announce((m) => m.resetDone);
    });
    // The focused button is gone with the question: focus the (busy) reset button, not <body>.
    await this.updateComplete;
    this.focusOn('button.reset');
    await done;
  }

  private async setUpScenario(id: ScenarioId) {
    await this.run(async (demo) => {
      const { customer, startAt, ticket } = await applyScenario(demo, id);
      this.addedPasswords.clear();
      await this.refresh();
      this.emit('scenario-applied', { id, startAt, contractId: customer.contractId, ticket });
      await this.announce((m) => [
        m.scenarioApplied(m.scenarios[id].label),
        m.loginWith(customer.contractId, customer.password),
        m.scenarios[id].hint,
      ]);
    });
  }

  private toggleFreeze() {
    const clock = this.demo?.clock;
    if (clock?.state().frozen) clock.resume();
    else clock?.freeze();
  }

  private async copy(text: string, copied: (m: TrainerMessages) => string) {
    let ok = false;
    try {
      // Absent outside secure contexts (plain http on a LAN); it may also reject without permission.
      if (!navigator.clipboard?.writeText) throw new Error('Clipboard API unavailable');
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      ok = false;
    }
    await this.announce(ok ? copied : (m) => m.copyFailed);
  }

  private edit(field: Field, value: string) {
    this.draft = { ...this.draft, [field]: value };
    if (this.addError?.field === field) this.addError = undefined;
  }

  private async addCustomer(event: SubmitEvent) {
    event.preventDefault();
    await this.run(async (demo) => {
      const draft = this.draft;
      const result = await demo.bank.addCustomer({
        contractId: draft['contract-id'],
        password: draft.password,
        name: draft.name,
        balance: draft.balance,
      });
      if (!result.ok) {
        const field = FIELD_OF[result.code];
        if (!field) throw new Error(result.code);
        this.addError = { field, code: result.code };
        await this.updateComplete;
        this.focusOn(`#new-${field}-error`);
        return;
      }
      const { contractId } = result.customer;
      this.addedPasswords.set(contractId, draft.password);
      this.draft = EMPTY_DRAFT;
      this.addError = undefined;
      await this.refresh();
      await this.announce((m) => m.added(contractId));
    });
  }

  /** The password the trainer may read out: seeded, or typed here on this page. */
  private passwordOf(contractId: string): string | undefined {
    return (
      DEMO_CUSTOMERS.find((customer) => customer.contractId === contractId)?.password ??
      this.addedPasswords.get(contractId)
    );
  }

  /** Re-reads the customers (the shell may call it after a person's actions changed the bank). */
  async refresh(): Promise<void> {
    const request = ++this.listRequest;
    const customers = this.demo ? await this.demo.bank.listCustomers() : [];
    if (request === this.listRequest) this.customers = customers;
  }

  private generalTemplate() {
    const m = this.messages;
    const reset = this.confirmingReset
      ? html`<div
          class="confirm"
          role="group"
          aria-labelledby="reset-question"
          @keydown=${this.onConfirmKeydown}
        >
          <p id="reset-question">${m.resetConfirm}</p>
          <div class="actions">
            <button type="button" class="danger" @click=${this.confirmReset}>${m.resetConfirmButton}</button>
            <button type="button" class="cancel" @click=${this.cancelReset}>${m.cancel}</button>
          </div>
        </div>`
      : html`<button
          type="button"
          class="reset"
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${this.askReset}
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
        <span class="clock-state">(${state.frozen ? m.frozen : m.running} · ${m.speed(state.speed)})</span>
      </p>
      <div class="actions">
        <button
          type="button"
          class="freeze"
          aria-pressed=${state.frozen ? 'true' : 'false'}
          @click=${this.toggleFreeze}
        >
          ${m.freeze}
        </button>
        <span class="actions" role="group" aria-label=${m.moveClock}>
          <button type="button" class="back" @click=${() => clock.shift(-CLOCK_STEP_MS)}>${m.back30}</button>
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
    </section>`;
  }

  private customerRowTemplate(customer: CustomerSummary) {
    const m = this.messages;
    const { contractId } = customer;
    const password = this.passwordOf(contractId);
    return html`<tr>
      <th scope="row">
        <span class="value">${contractId}</span>
        <button
          type="button"
          aria-label=${m.copyContractId(contractId)}
          @click=${() => this.copy(contractId, (t) => t.copiedContractId(contractId))}
        >
          ${m.copy}
        </button>
      </th>
      <td>
        ${
          password === undefined
            ? html`<span aria-hidden="true">—</span><span class="sr-only">${m.unknownPassword}</span>`
            : html`<span class="value">${password}</span>
                <button
                  type="button"
                  aria-label=${m.copyPassword(contractId)}
                  @click=${() => this.copy(password, (t) => t.copiedPassword(contractId))}
                >
                  ${m.copy}
                </button>`
        }
      </td>
      <td>${customer.name}</td>
      <td>${customer.credentialId ? m.registered : m.notRegistered}</td>
      <td>${customer.locked ? m.locked : m.active}</td>
    </tr>`;
  }

  private fieldTemplate(field: Field, label: string, inputmode: 'numeric' | 'text' = 'text') {
    const id = `new-${field}`;
    const error = this.addError?.field === field ? this.addError.code : undefined;
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        name=${field}
        autocomplete="off"
        spellcheck="false"
        autocapitalize="off"
        inputmode=${inputmode}
        .value=${this.draft[field]}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        @input=${(event: InputEvent) => this.edit(field, (event.target as HTMLInputElement).value)}
      />
      ${
        error
          ? html`<p id="${id}-error" class="error" tabindex="-1">
              ${failureMessage(messagesFor(this.language), { code: error })}
            </p>`
          : nothing
      }
    </div>`;
  }

  private customersTemplate() {
    const m = this.messages;
    return html`<section class="wide" aria-labelledby="customers-title">
      <h3 id="customers-title">${m.customersTitle}</h3>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">${m.contractId}</th>
              <th scope="col">${m.password}</th>
              <th scope="col">${m.name}</th>
              <th scope="col">${m.token}</th>
              <th scope="col">${m.state}</th>
            </tr>
          </thead>
          <tbody>
            ${this.customers.map((customer) => this.customerRowTemplate(customer))}
          </tbody>
        </table>
      </div>
      <h3 id="add-title">${m.addTitle}</h3>
      <p class="hint">${m.addNote}</p>
      <form aria-labelledby="add-title" novalidate @submit=${this.addCustomer}>
        ${this.fieldTemplate('contract-id', m.contractId, 'numeric')}
        ${this.fieldTemplate('password', m.password)} ${this.fieldTemplate('name', m.name)}
        ${this.fieldTemplate('balance', m.balance, 'numeric')}
        <div class="actions">
          <button type="submit" class="primary" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${m.add}
          </button>
        </div>
      </form>
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
                <p class="status wide ${this.status ? 'shown' : ''}" role="status">
                  ${[this.status?.(m) ?? []].flat().map((line) => html`<span>${line}</span>`)}
                </p>
                ${this.customersTemplate()}
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
