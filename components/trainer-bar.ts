import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CustomerSummary } from '../src/bank/bank.js';
import type { BankErrorCode } from '../src/bank/codes.js';
import type { ClockState } from '../src/clock.js';
import { DEMO_CUSTOMERS, type Demo } from '../src/demo.js';
import { failureMessage, isLocale, messagesFor, type Locale } from '../src/i18n/index.js';
import { toolMessagesFor, type ToolMessages } from '../src/i18n/tools.js';
import type { Screen } from '../src/router.js';
import { SCENARIO_IDS, applyScenario, type ScenarioId } from '../src/scenarios.js';
import { Announcer } from './internal/announcer.js';
import { copyText } from './internal/clipboard.js';
import { ClockController } from './internal/clock-controller.js';
import { ConfirmDialog } from './internal/confirm-dialog.js';
import { defineElement } from './internal/define.js';
import { OtpElement } from './internal/otp-element.js';
import { trainerBarStyles } from './trainer-bar.styles.js';

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
 * @cssproperty --otp-font-size - Base font size of the screen.
 * @cssproperty --otp-font-mono - Font of IDs, passwords and codes.
 * @cssproperty --otp-color-text - Text colour.
 * @cssproperty --otp-color-muted - Colour of hints and secondary text.
 * @cssproperty --otp-color-primary - The bank's colour: headings' bar, primary buttons.
 * @cssproperty --otp-color-primary-tint - A light shade of the bank's colour: notices, table headings.
 * @cssproperty --otp-color-heading-bg - Background of the screen's title; `--otp-color-primary-tint` unless set.
 * @cssproperty --otp-color-link - Link colour.
 * @cssproperty --otp-color-error - Colour of refusals, invalid fields and destructive buttons.
 * @cssproperty --otp-color-error-tint - Background of a refusal that concerns the whole form.
 * @cssproperty --otp-color-focus - Focus ring colour.
 * @cssproperty --otp-focus-width - Focus ring width.
 * @cssproperty --otp-focus-offset - Room between a control and its focus ring.
 * @cssproperty --otp-color-bg - Background of panels and dialogs.
 * @cssproperty --otp-color-on-accent - Text on a coloured button or bar.
 * @cssproperty --otp-color-input-border - Border of inputs and selects.
 * @cssproperty --otp-color-button-border - Border of plain buttons.
 * @cssproperty --otp-color-button-bg - Background of plain buttons.
 * @cssproperty --otp-color-table-border - Borders of table cells.
 * @cssproperty --otp-color-divider - The rule above a screen's footer.
 * @cssproperty --otp-color-trainer-bg - Background of the trainer's tools.
 * @cssproperty --otp-color-trainer-border - Borders of the trainer's tools.
 * @cssproperty --otp-space-xs - The smallest spacing step.
 * @cssproperty --otp-space-s - A small spacing step.
 * @cssproperty --otp-space-m - A medium spacing step.
 * @cssproperty --otp-space-l - A large spacing step.
 * @cssproperty --otp-space-xl - The largest spacing step.
 */
@defineElement('trainer-bar')
export class TrainerBar extends OtpElement {
  static override styles = trainerBarStyles;

  /** Ticks the shown time while the tools are open. */
  private readonly ticker = new ClockController(this, () => (this.clockState = this.demo?.clock.state()));
  /** Passwords of customers added here, for this page only. */
  private readonly addedPasswords = new Map<string, string>();
  /** Discards a customer list that arrives after a newer one was asked for. */
  private listRequest = 0;
  /** The last outcome, as a function of the messages so that it follows a change of language. */
  private readonly status = new Announcer<(m: TrainerMessages) => string | string[]>(this);
  /** "Reset the demo?" */
  private readonly resetQuestion = new ConfirmDialog<'reset'>(this, () => void this.resetDemo());

  @state() private busy = false;
  @state() private customers: CustomerSummary[] = [];
  @state() private clockState?: ClockState;
  @state() private draft: Draft = EMPTY_DRAFT;
  @state() private addError?: { field: Field; code: BankErrorCode };

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

  private focusOn(selector: string) {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Runs one action on the demo at a time; a click meanwhile does nothing. */
  private async run(work: (demo: Demo) => Promise<void>) {
    const demo = this.demo;
    if (!demo || this.busy) return;
    this.busy = true;
    try {
      await work(demo);
    } catch {
      await this.status.announce((m) => m.failed);
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
      this.addedPasswords.clear();
      await this.refresh();
      this.emit('demo-reset', {});
      await this.status.announce((m) => m.resetDone);
    });
  }

  private async setUpScenario(id: ScenarioId) {
    await this.run(async (demo) => {
      const { customer, startAt, ticket } = await applyScenario(demo, id);
      this.addedPasswords.clear();
      await this.refresh();
      this.emit('scenario-applied', { id, startAt, contractId: customer.contractId, ticket });
      await this.status.announce((m) => [
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
    await this.status.announce((await copyText(text)) ? copied : (m) => m.copyFailed);
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
      await this.status.announce((m) => m.added(contractId));
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
                <p class="status wide ${this.status.message ? 'shown' : ''}" role="status">
                  ${[this.status.message?.(m) ?? []].flat().map((line) => html`<span>${line}</span>`)}
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
