import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Bank } from '../src/bank/bank';
import { BANK_ERROR_CODES, type BankErrorCode, type BankFailure } from '../src/bank/codes';
import { failureMessage, isLocale, messagesFor, type Locale, type Messages } from '../src/i18n';
import { bankScreenStyles } from './styles';

/** Which field a result code belongs beside; `form` for codes that name no single field. */
export type FieldOf = (code: BankErrorCode) => string;

export interface FieldOptions {
  id: string;
  label: string;
  value: string;
  type?: 'text' | 'password';
  autocomplete?: string;
  inputmode?: 'numeric' | 'text';
  hint?: string;
  /** Extra content after the input (the software keyboard link). */
  extra?: TemplateResult;
}

/**
 * What every bank screen shares: the bank it talks to, its language, the result code it shows,
 * and how a code becomes a message beside the field concerned, with focus moved to it.
 * Screens hold no business rules: they call the bank and render its results.
 */
export abstract class BankScreen extends LitElement {
  static override styles = [bankScreenStyles];

  /** The bank the screen calls. Without one the screen only shows itself (documentation). */
  @property({ attribute: false }) bank?: Bank;

  /** Language of the screen: `ja` (default) or `en`. */
  @property() locale: Locale = 'ja';

  /** A bank result code whose message is shown, e.g. `wrong-password` (to show a state in docs). */
  @property() error?: BankErrorCode;

  /** With a wrong password or code: tries left before the customer is locked. */
  @property({ type: Number, attribute: 'attempts-remaining' }) attemptsRemaining?: number;

  /** A notice above the form, e.g. why a flow restarted here. */
  @property() notice?: string;

  /** A request to the bank is under way: the buttons wait. */
  @state() protected busy = false;

  protected get messages(): Messages {
    return messagesFor(isLocale(this.locale) ? this.locale : 'ja');
  }

  /** The code shown, if it is one the bank knows (an attribute can hold anything). */
  protected get shownError(): BankErrorCode | undefined {
    return BANK_ERROR_CODES.find((code) => code === this.error);
  }

  /** Shows a refusal beside its field and moves focus to the message. */
  protected async showFailure(failure: BankFailure) {
    this.error = failure.code;
    this.attemptsRemaining = failure.attemptsRemaining;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error')?.focus();
  }

  protected clearFailure() {
    this.error = undefined;
    this.attemptsRemaining = undefined;
  }

  /** Runs a bank call with the buttons disabled; a second click meanwhile does nothing. */
  protected async whileBusy(work: () => Promise<void>) {
    if (this.busy) return;
    this.busy = true;
    try {
      await work();
    } finally {
      this.busy = false;
    }
  }

  protected emit<T>(type: string, detail: T) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** The error message for `field`, if the shown code belongs there. */
  protected errorTemplate(field: string, fieldOf: FieldOf) {
    const code = this.shownError;
    if (!code || fieldOf(code) !== field) return nothing;
    return html`<p id="${field}-error" class="error ${field === 'form' ? 'form-error' : ''}" tabindex="-1">
      ${failureMessage(this.messages, { code, attemptsRemaining: this.attemptsRemaining })}
    </p>`;
  }

  protected fieldTemplate(options: FieldOptions, fieldOf: FieldOf, onInput: (value: string) => void) {
    const code = this.shownError;
    const invalid = code !== undefined && fieldOf(code) === options.id;
    const describedBy = [options.hint ? `${options.id}-hint` : '', invalid ? `${options.id}-error` : '']
      .filter(Boolean)
      .join(' ');
    return html`<div class="field">
      <label for=${options.id}>${options.label}</label>
      ${options.hint ? html`<span id="${options.id}-hint" class="hint">${options.hint}</span>` : nothing}
      <input
        id=${options.id}
        name=${options.id}
        type=${options.type ?? 'text'}
        autocomplete=${options.autocomplete ?? 'off'}
        inputmode=${options.inputmode ?? 'text'}
        spellcheck="false"
        autocapitalize="off"
        .value=${options.value}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @input=${(event: InputEvent) => onInput((event.target as HTMLInputElement).value)}
      />
      ${options.extra ?? nothing} ${this.errorTemplate(options.id, fieldOf)}
    </div>`;
  }

  /** The link pair after a password field: open the software keyboard, and how to use it. */
  protected keyboardLinksTemplate(onOpen: () => void) {
    const m = this.messages.login;
    return html`<span class="keyboard-links">
      <button type="button" class="link" @click=${onOpen}>${m.softwareKeyboard}</button>
      <a href="#/help/keyboard">${m.keyboardUsage}</a>
    </span>`;
  }

  protected guideLinkTemplate(topic: string) {
    return html`<a class="guide-link" href="#/help/${topic}">${this.messages.common.guideLink}</a>`;
  }

  protected noticeTemplate() {
    return this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing;
  }
}
