import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CustomerSummary } from '../../src/bank/staff.js';
import type { BankErrorCode } from '../../src/bank/codes.js';
import { DEMO_CUSTOMERS } from '../../src/demo-customers.js';
import type { DemoParties } from '../../src/demo.js';
import { customerName, type Locale, type Messages } from '../../src/i18n/index.js';
import { staffFailureMessage, toolMessagesFor } from '../../src/i18n/tool-messages.js';
import type { ToolMessages } from '../../src/i18n/tools.js';
import { copyText } from './clipboard.js';

type TrainerMessages = ToolMessages['trainer'];

/** What the trainer's tools say in their status region, as a function of their messages. */
export type TrainerStatus = (m: TrainerMessages) => string | string[];

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

/** Locked or active, with the failures in a row that led there (the seeded locked customer's five). */
function stateOf(m: TrainerMessages, customer: CustomerSummary): string {
  const state = customer.locked ? m.locked : m.active;
  return customer.failedAttempts > 0 ? m.stateWithFailures(state, customer.failedAttempts) : state;
}

/** The trainer bar, whose demo the customers are. */
export interface DemoCustomersHost extends ReactiveControllerHost, HTMLElement {
  readonly demo?: DemoParties;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The trainer bar's demo customers: the table (contract ID and password, each with a copy button;
 * name, token, lock state) and the form that adds a customer. Passwords of customers added here
 * stay in this controller's memory for the page's life only: the bank keeps a hash, and nothing
 * stores or logs them. It renders into the trainer bar's shadow root and speaks through its status.
 */
export class DemoCustomers implements ReactiveController {
  private customers: CustomerSummary[] = [];
  private draft: Draft = EMPTY_DRAFT;
  private addError?: { field: Field; code: BankErrorCode };
  /** Passwords of customers added here, for this page only. */
  private readonly addedPasswords = new Map<string, string>();
  /** Discards a customer list that arrives after a newer one was asked for. */
  private listRequest = 0;
  /** The demo the passwords were typed for. */
  private demo?: DemoParties;

  constructor(
    private readonly host: DemoCustomersHost,
    private readonly tools: {
      /** Runs one action on the demo at a time (a click meanwhile does nothing), saying if it failed. */
      run: (work: (demo: DemoParties) => Promise<void>) => Promise<void>;
      announce: (status: TrainerStatus) => Promise<void>;
    },
  ) {
    host.addController(this);
  }

  hostUpdate() {
    // Another demo: the passwords typed here belong to the old one.
    if (this.host.demo === this.demo) return;
    this.demo = this.host.demo;
    this.addedPasswords.clear();
  }

  /** The demo was reset to its seed (or for a scenario): the customers added here are gone. */
  forgetAdded() {
    this.addedPasswords.clear();
  }

  /** Re-reads the customers. */
  async refresh(): Promise<void> {
    const request = ++this.listRequest;
    const customers = this.host.demo ? await this.host.demo.bank.listCustomers() : [];
    if (request !== this.listRequest) return;
    this.customers = customers;
    this.host.requestUpdate();
  }

  private async copy(text: string, copied: TrainerStatus) {
    await this.tools.announce((await copyText(text)) ? copied : (m) => m.copyFailed);
  }

  private edit(field: Field, value: string) {
    this.draft = { ...this.draft, [field]: value };
    if (this.addError?.field === field) this.addError = undefined;
    this.host.requestUpdate();
  }

  private readonly add = async (event: SubmitEvent) => {
    event.preventDefault();
    await this.tools.run(async (demo) => {
      const draft = this.draft;
      const result = await demo.bank
        .addCustomer({
          contractId: draft['contract-id'],
          password: draft.password,
          name: draft.name,
          balance: draft.balance,
        })
        .catch((error: unknown) => {
          // Failed under the bank: nothing was added, and the password typed is not kept.
          this.edit('password', '');
          throw error;
        });
      if (!result.ok) {
        const field = FIELD_OF[result.code];
        if (!field) throw new Error(result.code);
        this.addError = { field, code: result.code };
        this.host.requestUpdate();
        await this.host.updateComplete;
        this.host.renderRoot.querySelector<HTMLElement>(`#new-${field}-error`)?.focus();
        return;
      }
      const { contractId } = result.customer;
      this.addedPasswords.set(contractId, draft.password);
      this.draft = EMPTY_DRAFT;
      this.addError = undefined;
      await this.refresh();
      await this.tools.announce((m) => m.added(contractId));
    });
  };

  /** The password the trainer may read out: seeded, or typed here on this page. */
  private passwordOf(contractId: string): string | undefined {
    return (
      DEMO_CUSTOMERS.find((customer) => customer.contractId === contractId)?.password ??
      this.addedPasswords.get(contractId)
    );
  }

  private rowTemplate(m: TrainerMessages, customer: CustomerSummary, locale: Locale) {
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
      <td>${customerName(customer, locale)}</td>
      <td>${customer.credentialId ? m.registered : m.notRegistered}</td>
      <td>${stateOf(m, customer)}</td>
    </tr>`;
  }

  private fieldTemplate(
    messages: Messages,
    field: Field,
    label: string,
    inputmode: 'numeric' | 'text' = 'text',
  ) {
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
              ${staffFailureMessage(toolMessagesFor(messages.locale), messages, { code: error })}
            </p>`
          : nothing
      }
    </div>`;
  }

  /** The section: `m` the trainer's texts, `messages` the bank's (refusals), `busy` while one runs. */
  template(m: TrainerMessages, messages: Messages, busy: boolean) {
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
            ${this.customers.map((customer) => this.rowTemplate(m, customer, messages.locale))}
          </tbody>
        </table>
      </div>
      <h3 id="add-title">${m.addTitle}</h3>
      <p class="hint">${m.addNote}</p>
      <form aria-labelledby="add-title" novalidate @submit=${this.add}>
        ${this.fieldTemplate(messages, 'contract-id', m.contractId, 'numeric')}
        ${this.fieldTemplate(messages, 'password', m.password)}
        ${this.fieldTemplate(messages, 'name', m.name)}
        ${this.fieldTemplate(messages, 'balance', m.balance, 'numeric')}
        <div class="actions">
          <button type="submit" class="primary" aria-disabled=${busy ? 'true' : 'false'}>${m.add}</button>
        </div>
      </form>
    </section>`;
  }
}
