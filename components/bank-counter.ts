import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { CustomerSummary } from '../src/bank/bank';
import { failureMessage } from '../src/i18n';
import { formatCredentialId } from '../src/token/device';
import { BankScreen } from './bank-screen';
import { defineElement } from './define';

/**
 * The bank counter (窓口): staff reset a customer's token ID when the device is broken or lost
 * (procedure.md X), and unlock a locked customer.
 *
 * @summary 窓口 — staff view of customers, token reset and unlock.
 * @fires token-reset - Staff reset a token ID: `{contractId, credentialId}`.
 * @fires customer-unlocked - Staff unlocked a customer: `{contractId}`.
 */
@defineElement('bank-counter')
export class BankCounter extends BankScreen {
  @state() private customers: CustomerSummary[] = [];
  @state() private status?: string;

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('bank')) void this.refresh();
  }

  /** Re-reads the customers (after a reset of the demo, say). */
  async refresh() {
    if (this.bank) this.customers = await this.bank.listCustomers();
  }

  private async resetToken(contractId: string) {
    await this.whileBusy(async () => {
      const result = await this.bank!.staffResetToken(contractId);
      this.status = result.ok
        ? this.messages.counter.tokenReset(contractId)
        : failureMessage(this.messages, result);
      if (result.ok) this.emit('token-reset', { contractId, credentialId: result.credentialId });
      await this.refresh();
    });
  }

  private async unlock(contractId: string) {
    await this.whileBusy(async () => {
      const result = await this.bank!.staffUnlock(contractId);
      this.status = result.ok
        ? this.messages.counter.unlocked(contractId)
        : failureMessage(this.messages, result);
      if (result.ok) this.emit('customer-unlocked', { contractId });
      await this.refresh();
    });
  }

  private rowTemplate(customer: CustomerSummary) {
    const m = this.messages.counter;
    return html`<tr>
      <th scope="row">${customer.contractId}</th>
      <td>${customer.name}</td>
      <td>${customer.credentialId ? formatCredentialId(customer.credentialId) : m.none}</td>
      <td>${customer.locked ? m.locked : m.active}</td>
      <td>${customer.failedAttempts}</td>
      <td class="actions">
        <div class="cell-actions">
          ${
            customer.credentialId
              ? html`<button
                  type="button"
                  ?disabled=${this.busy}
                  @click=${() => this.resetToken(customer.contractId)}
                >
                  ${m.resetToken(customer.contractId)}
                </button>`
              : nothing
          }
          ${
            customer.locked
              ? html`<button
                  type="button"
                  ?disabled=${this.busy}
                  @click=${() => this.unlock(customer.contractId)}
                >
                  ${m.unlock(customer.contractId)}
                </button>`
              : nothing
          }
        </div>
      </td>
    </tr>`;
  }

  override render() {
    const m = this.messages.counter;
    return html`<section lang=${this.locale}>
      ${this.titleTemplate(m.title)}
      <p>${m.intro}</p>
      <p role="status">${this.status ?? ''}</p>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">${m.contractId}</th>
              <th scope="col">${m.name}</th>
              <th scope="col">${m.credentialId}</th>
              <th scope="col">${m.state}</th>
              <th scope="col">${m.failures}</th>
              <th scope="col">${m.actions}</th>
            </tr>
          </thead>
          <tbody>
            ${this.customers.map((customer) => this.rowTemplate(customer))}
          </tbody>
        </table>
      </div>
      <p><a href="#/login">${this.messages.common.backToLogin}</a></p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bank-counter': BankCounter;
  }
  interface GlobalEventHandlersEventMap {
    'token-reset': CustomEvent<{ contractId: string; credentialId: string }>;
    'customer-unlocked': CustomEvent<{ contractId: string }>;
  }
}
