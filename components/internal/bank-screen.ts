import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Bank } from '../../src/bank/bank.js';
import {
  BANK_ERROR_CODES,
  type BankErrorCode,
  type BankFailure,
  type BankResult,
} from '../../src/bank/codes.js';
import {
  failureMessage,
  isLocale,
  messagesFor,
  type FlowRefusals,
  type HelpTopic,
  type Locale,
  type Messages,
} from '../../src/i18n/index.js';
import { onFirstUse } from '../../src/lazy.js';
import type { SoftwareKeyboard } from '../software-keyboard.js';
import { BankStyledElement } from './bank-styled-element.js';
import { FaultNotice } from './fault-notice.js';
import { practiceMarkShownAround, practiceMarkTemplate } from './practice-mark.js';

/**
 * The software keyboard is a chunk of its own, loaded when someone first opens it: most people
 * type their password, and the first screen is lighter without it.
 */
const loadKeyboard = onFirstUse(() => import('../software-keyboard.js'));

/** Which field a result code belongs beside; `form` for codes that name no single field. */
export type FieldOf = (code: BankErrorCode) => string;

/** 契約者ID and ログインパスワード, as login, R1 and S1 ask for them. */
const loginFieldOf: FieldOf = (code) =>
  code === 'malformed-contract-id' ? 'contract-id' : code === 'malformed-password' ? 'password' : 'form';

export interface FieldOptions {
  id: string;
  label: string;
  value: string;
  type?: 'text' | 'password';
  autocomplete?: AutoFill;
  inputmode?: 'numeric' | 'text';
  hint?: string;
  /** Extra content after the input (the software keyboard links, and the keyboard). */
  extra?: TemplateResult;
}

/**
 * What every bank screen shares: the practice mark above it, the bank it talks to, its language, the
 * result code it shows, and how a code becomes a message beside the field concerned, with focus
 * moved to it; and where storage failed under a request, the notice that says so with its 再読み込み
 * button. Screens hold no business rules: they call the bank and render its results.
 *
 * The practice mark (練習用デモ and "not a real bank") is the screen's own, whatever page it is
 * placed in, and nothing hides it (practice-mark.ts); only inside the app, whose bank window shows
 * it right above the screen, is it not shown twice. Each screen draws the rest in `screenTemplate()`.
 *
 * @fires bank-refused - The bank refused what was submitted on this screen: `{code}`, its result code.
 */
export abstract class BankScreen extends BankStyledElement {
  /** What went wrong under a request to the bank (storage, or anything unexpected): never nothing. */
  protected readonly faults = new FaultNotice(this);

  /** The bank the screen calls. Without one the screen only shows itself (documentation). */
  @property({ attribute: false }) bank?: Bank;

  /** Language of the screen: `ja` (default) or `en`. */
  @property() locale: Locale = 'ja';

  /** A bank result code whose message is shown, e.g. `wrong-password` (to show a state in docs). */
  @property() error?: BankErrorCode;

  /** With a wrong password or code: tries left before the customer is locked. */
  @property({ type: Number, attribute: 'attempts-remaining' }) attemptsRemaining?: number;

  /** With a code already used (`replayed-code`): seconds until the token shows a new one. */
  @property({ type: Number, attribute: 'retry-in-seconds' }) retryInSeconds?: number;

  /**
   * A notice above the form, e.g. why a flow restarted here, or that the person logged out. It
   * belongs to the moment it was shown: the next submit clears it.
   */
  @property() notice?: string;

  /** A request to the bank is under way: the buttons wait. */
  @state() protected busy = false;

  /** The software keyboard's code could not be loaded. */
  @state() private keyboardFailed = false;

  /** A page of ours around the screen (the app's bank window) shows the practice mark above it. */
  @state() private markShownAround = false;

  override connectedCallback() {
    super.connectedCallback();
    this.markShownAround = practiceMarkShownAround(this);
  }

  protected get messages(): Messages {
    return messagesFor(isLocale(this.locale) ? this.locale : 'ja');
  }

  /**
   * The texts of the refusals only the screens after the login page meet (a token's, a code's, a
   * flow's, a session's): those screens give theirs, which travel with them, not with the first
   * screen. Another screen shows such a code as a request not accepted.
   */
  protected get flowRefusals(): FlowRefusals | undefined {
    return undefined;
  }

  /** The code shown, if it is one the bank knows (an attribute can hold anything). */
  protected get shownError(): BankErrorCode | undefined {
    return BANK_ERROR_CODES.find((code) => code === this.error);
  }

  /**
   * Shows a refusal beside its field and moves focus to the message. Announces a refusal of what
   * the person submitted as `bank-refused` too, so a guided rehearsal can tell a mistake from a
   * step done; `submitted: false` for a screen that could not load (nobody did anything wrong).
   */
  protected async showFailure(failure: BankFailure, { submitted = true } = {}) {
    this.error = failure.code;
    this.attemptsRemaining = failure.attemptsRemaining;
    this.retryInSeconds = failure.retryInSeconds;
    if (submitted) this.emit('bank-refused', { code: failure.code });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.error')?.focus();
  }

  protected clearFailure() {
    this.error = undefined;
    this.attemptsRemaining = undefined;
    this.retryInSeconds = undefined;
  }

  /**
   * Runs a bank call with the buttons disabled; a second click meanwhile does nothing. Whatever it
   * throws (a StorageError: nothing of the request was written) ends as the fault notice, focused.
   * What the person submits answers the notice (「ログアウトしました。」 stays above no later refusal).
   */
  protected async whileBusy(work: () => Promise<void>) {
    if (this.busy) return;
    this.busy = true;
    this.faults.clear();
    this.notice = undefined;
    try {
      await work();
    } catch (error) {
      this.clearFailure();
      await this.faults.show(error);
    } finally {
      this.busy = false;
    }
  }

  /** The error message for `field`, if the shown code belongs there. */
  protected errorTemplate(field: string, fieldOf: FieldOf) {
    const { shownError: code, attemptsRemaining, retryInSeconds } = this;
    if (!code || fieldOf(code) !== field) return nothing;
    return html`<p id="${field}-error" class="error ${field === 'form' ? 'form-error' : ''}" tabindex="-1">
      ${failureMessage(this.messages, { code, attemptsRemaining, retryInSeconds }, this.flowRefusals)}
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
        data-rehearsal-target=${options.id}
        type=${options.type ?? 'text'}
        .autocomplete=${options.autocomplete ?? 'off'}
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

  /** 契約者ID, its refusals placed by `loginFieldOf`; offered as the username to password managers. */
  protected contractIdFieldTemplate(label: string, value: string, onInput: (value: string) => void) {
    return this.fieldTemplate(
      { id: 'contract-id', label, value, autocomplete: 'username', inputmode: 'numeric' },
      loginFieldOf,
      onInput,
    );
  }

  /**
   * ログインパスワード, its refusals placed by `loginFieldOf`, with its two links — open the software
   * keyboard, how to use it — and the keyboard itself, whose 決定 sets the password as typing does.
   */
  protected passwordFieldTemplate(label: string, value: string, onInput: (value: string) => void) {
    const m = this.messages.login;
    const openKeyboard = async () => {
      try {
        await loadKeyboard();
      } catch {
        this.keyboardFailed = true;
        return;
      }
      this.keyboardFailed = false;
      this.renderRoot.querySelector<SoftwareKeyboard>('software-keyboard')?.show(value);
    };
    const links = html`<span class="keyboard-links">
        <button type="button" class="link" @click=${openKeyboard}>${m.softwareKeyboard}</button>
        <a href="#/help/keyboard">${m.keyboardUsage}</a>
      </span>
      ${this.keyboardFailed ? html`<p class="load-error" role="alert">${this.messages.common.loadFailed}</p>` : nothing}
      <software-keyboard
        locale=${this.locale}
        @keyboard-committed=${(event: CustomEvent<{ value: string }>) => onInput(event.detail.value)}
      ></software-keyboard>`;
    return this.fieldTemplate(
      { id: 'password', label, value, type: 'password', autocomplete: 'current-password', extra: links },
      loginFieldOf,
      onInput,
    );
  }

  /**
   * A form's buttons: the one that submits it (the step's target), and `others` beside it; above
   * them, the fault notice when the last request failed under the bank.
   */
  protected submitActionsTemplate(label: string, others: TemplateResult) {
    return html`${this.faults.template(this.messages)}
      <div class="actions">
        <button class="primary" type="submit" data-rehearsal-target="submit" ?disabled=${this.busy}>
          ${label}
        </button>
        ${others}
      </div>`;
  }

  /**
   * The button that leaves a flow (`flow-cancelled`); the shell shows the login screen. Not while the
   * bank answers what was sent: the flow would be dropped under an answer still to come.
   */
  protected cancelButtonTemplate(label = this.messages.common.backToLogin) {
    return html`<button type="button" ?disabled=${this.busy} @click=${() => this.emit('flow-cancelled', {})}>
      ${label}
    </button>`;
  }

  /** The one action of a flow's last screen: back to the login screen (`flow-finished`). */
  protected finishActionsTemplate() {
    return html`<div class="actions">
      <button
        class="primary"
        type="button"
        data-rehearsal-target="finish"
        @click=${() => this.emit('flow-finished', {})}
      >
        ${this.messages.common.backToLogin}
      </button>
    </div>`;
  }

  /**
   * The screen's heading, with このページのご利用ガイド beside it rather than inside it, so the
   * heading's accessible name is the title alone.
   */
  protected titleTemplate(title: string, helpTopic?: HelpTopic) {
    if (!helpTopic) return html`<h2>${title}</h2>`;
    return html`<div class="title-row">
      <h2>${title}</h2>
      ${this.guideLinkTemplate(helpTopic)}
    </div>`;
  }

  protected guideLinkTemplate(topic: HelpTopic) {
    return html`<a class="guide-link" href="#/help/${topic}">${this.messages.common.guideLink}</a>`;
  }

  protected noticeTemplate() {
    return this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing;
  }

  /** The copyright line at the foot of the S screens. */
  protected footerTemplate() {
    return html`<footer part="footer">${this.messages.common.copyright}</footer>`;
  }

  /** The screen below the practice mark: its title, its form or its text. */
  protected abstract screenTemplate(): TemplateResult;

  override render() {
    return html`${this.markShownAround ? nothing : practiceMarkTemplate(this.messages, this.locale)}
    ${this.screenTemplate()}`;
  }
}

/**
 * A first screen of a flow (L, R1, S1): contract ID and login password, sent to the bank as one
 * step. A refusal keeps the contract ID as typed and never the password.
 */
export abstract class CredentialsScreen extends BankScreen {
  @state() protected contractId = '';
  @state() protected password = '';

  protected async submitCredentials<T extends object>(
    event: SubmitEvent,
    send: (bank: Bank, contractId: string, password: string) => Promise<BankResult<T>>,
    accepted: (result: { ok: true } & T, contractId: string) => void,
  ) {
    event.preventDefault();
    await this.whileBusy(async () => {
      if (!this.bank) return;
      const password = this.password;
      this.password = ''; // refused, accepted or failed under the bank: never kept
      const result = await send(this.bank, this.contractId, password);
      if (!result.ok) {
        await this.showFailure(result);
        return;
      }
      const contractId = this.contractId;
      this.contractId = '';
      this.clearFailure();
      accepted(result, contractId);
    });
  }

  /**
   * The form: 契約者ID, ログインパスワード, a refusal that concerns both, the button that sends them
   * (`submit`, from the button's own screen) and `others` beside it.
   */
  protected credentialsFormTemplate(
    labels: { contractId: string; password: string; submit: string },
    submit: (event: SubmitEvent) => void,
    others: TemplateResult,
  ) {
    return html`<form part="form" @submit=${submit} novalidate>
      ${this.contractIdFieldTemplate(labels.contractId, this.contractId, (value) => (this.contractId = value))}
      ${this.passwordFieldTemplate(labels.password, this.password, (value) => (this.password = value))}
      ${this.errorTemplate('form', loginFieldOf)} ${this.submitActionsTemplate(labels.submit, others)}
    </form>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A flow was left unfinished (戻る, ログイン画面に戻る); the shell shows the login screen. */
    'flow-cancelled': CustomEvent<Record<string, never>>;
    /** A flow's last screen was left (ログイン画面に戻る); the shell shows the login screen. */
    'flow-finished': CustomEvent<Record<string, never>>;
    /** The bank refused what the person submitted on a screen: `{code}`, its result code. */
    'bank-refused': CustomEvent<{ code: BankErrorCode }>;
  }
}
