import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { PASSWORD_MAX_LENGTH } from '../src/bank/input.js';
import { isLocale, messagesFor, type Locale, type Messages } from '../src/i18n/index.js';
import type { KeyboardMessages } from '../src/i18n/keyboard.js';
import { keyboardMessagesFor } from '../src/i18n/keyboard-messages.js';
import { shuffled } from '../src/random.js';
import { defineElement } from './internal/define.js';
import { BankStyledElement } from './internal/bank-styled-element.js';
import { softwareKeyboardStyles } from './software-keyboard.styles.js';

const DIGITS = [...'1234567890'];
const LETTER_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const LETTERS = [...LETTER_ROWS.join('')];
/** The printable ASCII symbols a password may hold (0x21–0x7E less letters and digits), in ASCII order. */
const SYMBOLS = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
const SYMBOL_ROW_LENGTHS = [11, 11, 10];

type KeyGroup = 'digit' | 'letter' | 'symbol';

/** Cuts `items` into consecutive rows of the given lengths. */
function rows<T>(items: readonly T[], lengths: readonly number[]): T[][] {
  let start = 0;
  return lengths.map((length) => items.slice(start, (start += length)));
}

/**
 * ソフトウェアキーボード: an on-screen keyboard in a modal dialog that types a password by clicks
 * (or taps), so spyware that logs keystrokes sees nothing. The typed characters are never shown,
 * only a ● each and a count. While it is open the physical keyboard types nothing: it only moves
 * between and presses the on-screen keys. With shuffle on, the keys change places after every
 * character, as hardened banks do.
 *
 * @summary ソフトウェアキーボード — types a password without the physical keyboard.
 * @fires keyboard-committed - 「決定」 was pressed: `{value}`, what was typed.
 * @fires keyboard-dismissed - 「閉じる」 or Escape closed it; the field keeps its old value.
 * @csspart dialog - The modal dialog.
 * @csspart display - The masked display of what has been typed.
 * @csspart keys - The grid of character keys.
 * @cssproperty --otp-color-bg - Background of panels and dialogs.
 * @cssproperty --otp-font-mono - Font of IDs, passwords and codes: here, of the keys.
 */
@defineElement('software-keyboard')
export class SoftwareKeyboard extends BankStyledElement {
  static override styles = softwareKeyboardStyles;

  /** On 「決定」 the dialog's close event commits rather than dismisses. */
  private committing = false;

  @query('dialog') private dialog?: HTMLDialogElement;

  @state() private value = '';
  @state() private upperCase = false;
  @state() private shuffling = false;
  @state() private digitOrder = DIGITS;
  @state() private letterOrder = LETTERS;
  @state() private symbolOrder = SYMBOLS;
  /** The key in the tab order (roving tabindex), as a position in the grid. */
  @state() private focusIndex = 0;

  /** Language of the keyboard: `ja` (default) or `en`. */
  @property() locale: Locale = 'ja';

  /** Whether the shuffle toggle starts on: keys change places after every typed character. */
  @property({ type: Boolean }) shuffle = false;

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('shuffle')) this.setShuffling(this.shuffle);
  }

  private get messages(): Messages {
    return messagesFor(isLocale(this.locale) ? this.locale : 'ja');
  }

  /** The keyboard's own texts (in its chunk), in the language the page's tables show. */
  private get texts(): KeyboardMessages {
    return keyboardMessagesFor(this.messages.locale);
  }

  private setShuffling(on: boolean) {
    this.shuffling = on;
    this.arrangeKeys();
  }

  private arrangeKeys() {
    this.digitOrder = this.shuffling ? shuffled(DIGITS) : DIGITS;
    this.letterOrder = this.shuffling ? shuffled(LETTERS) : LETTERS;
    this.symbolOrder = this.shuffling ? shuffled(SYMBOLS) : SYMBOLS;
  }

  private type(char: string, index: number) {
    this.focusIndex = index;
    if (this.value.length >= PASSWORD_MAX_LENGTH) return;
    this.value += this.upperCase ? char.toUpperCase() : char;
    if (this.shuffling) this.arrangeKeys();
  }

  private onClose() {
    const value = this.value;
    const committed = this.committing;
    this.committing = false;
    // Nothing typed outlives the dialog.
    this.value = '';
    if (committed) this.emit('keyboard-committed', { value });
    else this.emit('keyboard-dismissed');
  }

  private commit() {
    this.committing = true;
    this.dialog?.close();
  }

  /** Arrow keys, Home and End move between the keys; Tab leaves the grid. */
  private onKeysKeydown(event: KeyboardEvent) {
    const keys = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.key')];
    const current = keys.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    let next: number;
    switch (event.key) {
      case 'ArrowLeft':
        next = Math.max(0, current - 1);
        break;
      case 'ArrowRight':
        next = Math.min(keys.length - 1, current + 1);
        break;
      case 'ArrowUp':
      case 'ArrowDown':
        next = nearestInNextRow(keys, current, event.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = keys.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    this.focusIndex = next;
    keys[next].focus();
  }

  /** Opens the keyboard as a modal dialog, starting from the field's current `value`. */
  show(value = '') {
    if (!this.dialog) {
      // Called before the first render: open once there is a dialog to open.
      void this.updateComplete.then(() => this.show(value));
      return;
    }
    if (this.dialog.open) return;
    this.value = value.slice(0, PASSWORD_MAX_LENGTH);
    this.committing = false;
    this.focusIndex = 0;
    if (this.shuffling) this.arrangeKeys();
    this.dialog.showModal();
    // Start on the first key rather than the case toggle, which showModal() would pick.
    this.renderRoot.querySelector<HTMLButtonElement>('button.key')?.focus();
  }

  private keyTemplate(char: string, group: KeyGroup, index: number) {
    const k = this.texts;
    const shown = group === 'letter' && this.upperCase ? char.toUpperCase() : char;
    const label = group === 'letter' ? `${shown} (${this.upperCase ? k.upperCase : k.lowerCase})` : undefined;
    return html`<button
      type="button"
      class="key"
      data-group=${group}
      tabindex=${index === this.focusIndex ? 0 : -1}
      aria-label=${label ?? shown}
      @click=${() => this.type(char, index)}
    >
      ${shown}
    </button>`;
  }

  private keysTemplate() {
    let index = 0;
    const row = (chars: readonly string[], group: KeyGroup) =>
      html`<div class="row">${chars.map((char) => this.keyTemplate(char, group, index++))}</div>`;
    return html`<div class="keys" part="keys" @keydown=${this.onKeysKeydown}>
      ${row(this.digitOrder, 'digit')}
      ${rows(
        this.letterOrder,
        LETTER_ROWS.map((letters) => letters.length),
      ).map((letters) => row(letters, 'letter'))}
      ${rows(this.symbolOrder, SYMBOL_ROW_LENGTHS).map((symbols) => row(symbols, 'symbol'))}
    </div>`;
  }

  override render() {
    const m = this.texts;
    return html`<dialog
      part="dialog"
      lang=${this.messages.locale}
      aria-labelledby="title"
      @close=${this.onClose}
    >
      <h2 id="title">${m.title}</h2>
      <div class="display" part="display">
        <span class="mask" aria-hidden="true">${'●'.repeat(this.value.length)}</span>
        <p class="count" role="status">${m.typed(this.value.length)}</p>
      </div>
      <div class="options">
        <button
          type="button"
          aria-pressed=${this.upperCase ? 'true' : 'false'}
          @click=${() => (this.upperCase = !this.upperCase)}
        >
          ${m.shift}
        </button>
        <label>
          <input
            type="checkbox"
            .checked=${this.shuffling}
            @change=${(event: Event) => this.setShuffling((event.target as HTMLInputElement).checked)}
          />
          ${m.shuffle}
        </label>
      </div>
      ${this.keysTemplate()}
      <div class="actions">
        <button type="button" @click=${() => (this.value = this.value.slice(0, -1))}>${m.backspace}</button>
        <button type="button" @click=${() => (this.value = '')}>${m.clear}</button>
        <button type="button" class="primary" @click=${this.commit}>${m.done}</button>
        <button type="button" @click=${() => this.dialog?.close()}>${m.close}</button>
      </div>
    </dialog>`;
  }
}

/** The key in the next visual row (`direction` 1) or previous (-1) nearest horizontally; rows wrap on narrow screens. */
function nearestInNextRow(keys: HTMLElement[], current: number, direction: 1 | -1): number {
  const from = keys[current].getBoundingClientRect();
  const centre = (rect: DOMRect) => rect.left + rect.width / 2;
  const rects = keys.map((key) => key.getBoundingClientRect());
  const beyond = rects
    .map((rect, index) => ({ rect, index }))
    .filter(({ rect }) => (direction === 1 ? rect.top > from.bottom - 1 : rect.bottom < from.top + 1));
  if (beyond.length === 0) return current;
  const rowTop =
    direction === 1
      ? Math.min(...beyond.map(({ rect }) => rect.top))
      : Math.max(...beyond.map(({ rect }) => rect.top));
  const row = beyond.filter(({ rect }) => Math.abs(rect.top - rowTop) < 1);
  row.sort((a, b) => Math.abs(centre(a.rect) - centre(from)) - Math.abs(centre(b.rect) - centre(from)));
  return row[0].index;
}

declare global {
  interface HTMLElementTagNameMap {
    'software-keyboard': SoftwareKeyboard;
  }
  interface GlobalEventHandlersEventMap {
    'keyboard-committed': CustomEvent<{ value: string }>;
    'keyboard-dismissed': CustomEvent<undefined>;
  }
}
