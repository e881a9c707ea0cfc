import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Bank } from '../../src/bank/bank.js';
import type { BankErrorCode, BankResult } from '../../src/bank/codes.js';
import { flowMessagesFor } from '../../src/i18n/flow-messages.js';
import { BankScreen, type FieldOf } from './bank-screen.js';

/** The codes that belong beside a ワンタイムパスワード field (A1, R2, S2). */
const CODE_ERRORS: readonly BankErrorCode[] = [
  'malformed-code',
  'wrong-code',
  'replayed-code',
  'credential-locked',
];

/** ワンタイムパスワード, and the form for the rest (A1, S2; R2 adds its token ID field). */
export const codeFieldOf: FieldOf = (code) => (CODE_ERRORS.includes(code) ? 'code' : 'form');

/**
 * A screen that proves the token (A1, R2, S2): the ワンタイムパスワード field, refusals beside their
 * fields, and the submit and back buttons. A refusal never keeps the code; other fields stay as typed.
 */
export abstract class CodeScreen<T extends object> extends BankScreen {
  protected override get flowRefusals() {
    return flowMessagesFor(this.locale);
  }

  @state() protected code = '';

  /** The ticket the flow's previous step returned; without one the bank answers `flow-expired`. */
  @property({ attribute: false }) ticket?: string;

  /** Where each refusal's message goes: beside the code, or the form for the rest. */
  protected fieldOf: FieldOf = codeFieldOf;

  /** ワンタイムパスワード: the six digits the token shows now. */
  protected codeFieldTemplate(
    label: string,
    hint: string,
    value: string,
    onInput: (value: string) => void,
    fieldOf: FieldOf = codeFieldOf,
  ) {
    return this.fieldTemplate(
      { id: 'code', label, value, hint, autocomplete: 'one-time-code', inputmode: 'numeric' },
      fieldOf,
      onInput,
    );
  }

  /** Sends the code (and whatever else the screen asks for) to the bank. */
  protected abstract send(bank: Bank, code: string): Promise<BankResult<T>>;

  /** The bank accepted: tell the shell, which shows the next step. */
  protected abstract accepted(result: { ok: true } & T): void;

  private async submitCode(event: SubmitEvent) {
    event.preventDefault();
    await this.whileBusy(async () => {
      if (!this.bank) return;
      const code = this.code;
      this.code = ''; // refused, accepted or failed under the bank: never kept
      const result = await this.send(this.bank, code);
      if (!result.ok) {
        await this.showFailure(result);
        return;
      }
      this.clearFailure();
      this.accepted(result);
    });
  }

  /** The form: `fields` before the code field (R2's token ID), then the code, then the buttons. */
  protected codeFormTemplate(
    labels: { code: string; codeHint: string; submit: string },
    fields: TemplateResult | typeof nothing = nothing,
  ) {
    return html`<form part="form" @submit=${this.submitCode} novalidate>
      ${fields}
      ${this.codeFieldTemplate(labels.code, labels.codeHint, this.code, (value) => (this.code = value), this.fieldOf)}
      ${this.errorTemplate('form', this.fieldOf)}
      ${this.submitActionsTemplate(labels.submit, this.cancelButtonTemplate())}
    </form>`;
  }
}
