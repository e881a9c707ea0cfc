import { html, nothing } from 'lit';
import type { AuditFilter, CustomerSummary } from '../../src/bank/staff.js';
import { AUDIT_OPERATIONS, type AuditOperation } from '../../src/bank/schema.js';
import { customerName, type Locale } from '../../src/i18n/index.js';
import type { ToolMessages } from '../../src/i18n/tools.js';

/**
 * The bank counter's two filters of the audit log: by customer (a contract ID no longer listed
 * stays selectable while it is the filter) and by operation. `changed` gets the filter that changed.
 */
export function auditFiltersTemplate(
  m: ToolMessages['counter'],
  customers: readonly CustomerSummary[],
  { contractId, operation }: AuditFilter,
  changed: (change: AuditFilter) => void,
  locale: Locale,
) {
  const known = customers.some((customer) => customer.contractId === contractId);
  const chosen = (event: Event) => (event.target as HTMLSelectElement).value || undefined;
  return html`<div class="filters">
    <div class="field">
      <label for="filter-customer">${m.filterCustomer}</label>
      <select id="filter-customer" @change=${(event: Event) => changed({ contractId: chosen(event) })}>
        <option value="" ?selected=${contractId === undefined}>${m.allCustomers}</option>
        ${customers.map(
          (customer) =>
            html`<option value=${customer.contractId} ?selected=${customer.contractId === contractId}>
              ${m.customerOption(customer.contractId, customerName(customer, locale))}
            </option>`,
        )}
        ${
          contractId !== undefined && !known
            ? html`<option value=${contractId} selected>${contractId}</option>`
            : nothing
        }
      </select>
    </div>
    <div class="field">
      <label for="filter-operation">${m.filterOperation}</label>
      <select
        id="filter-operation"
        @change=${(event: Event) => changed({ operation: chosen(event) as AuditOperation | undefined })}
      >
        <option value="" ?selected=${operation === undefined}>${m.allOperations}</option>
        ${AUDIT_OPERATIONS.map(
          (candidate) =>
            html`<option value=${candidate} ?selected=${candidate === operation}>
              ${m.operations[candidate]}
            </option>`,
        )}
      </select>
    </div>
  </div>`;
}
