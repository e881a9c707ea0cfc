import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { color, space } from './tokens.js';

/** The words of one question: what will happen, the button that does it, the one that does not. */
export interface ConfirmTexts {
  question: string;
  confirm: string;
  cancel: string;
}

/**
 * "Are you sure?" before a destructive action, as a modal native `<dialog>` (WAI-ARIA APG,
 * alertdialog pattern): the least destructive choice has the focus, Escape cancels as the cancel
 * button does, the rest of the page is inert meanwhile, and focus goes back to the control that
 * asked. `A` names the actions an element asks about (`'uninstall' | 'lose'`); the element renders
 * `template()` and calls `ask()` from the control's click.
 */
export class ConfirmDialog<A extends string> implements ReactiveController {
  /** The action asked about, while the dialog is open. */
  asking?: A;
  private opener?: HTMLElement;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly confirmed: (action: A) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected() {
    this.dismiss();
  }

  /** The dialog, while it is rendered (one per element: `template()` is rendered once). */
  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog.confirm');
  }

  /** Opens the dialog about `action`; `opener` gets the focus back when it closes. */
  async ask(action: A, opener?: HTMLElement): Promise<void> {
    this.asking = action;
    this.opener = opener;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open && this.asking === action) {
      dialog.returnValue = '';
      dialog.showModal();
      // showModal() focuses the first focusable control: the least destructive one gets it instead.
      dialog.querySelector<HTMLButtonElement>('button.cancel')?.focus();
    }
  }

  /** Closes the dialog without an answer and without moving focus (what it asked about is gone). */
  dismiss() {
    if (this.asking === undefined) return;
    this.asking = undefined;
    this.opener = undefined;
    // Its close event then finds nothing asked.
    this.dialog?.close();
    this.host.requestUpdate();
  }

  /** A button's answer; the close event that follows ends the question. */
  private answer(answer: '' | 'confirm') {
    this.dialog?.close(answer);
  }

  /** The dialog closed, by a button or by Escape (then its return value is empty). */
  private readonly onClose = (event: Event) => {
    if (this.asking === undefined) return;
    void this.closed((event.target as HTMLDialogElement).returnValue === 'confirm' ? 'confirm' : '');
  };

  private async closed(answer: '' | 'confirm') {
    const action = this.asking;
    const opener = this.opener;
    this.asking = undefined;
    this.opener = undefined;
    this.host.requestUpdate();
    if (action !== undefined && answer === 'confirm') this.confirmed(action);
    await this.host.updateComplete;
    // The opener may be gone with what it acted on (a removed token): then focus stays where it is.
    if (opener?.isConnected) opener.focus();
  }

  template(texts: ConfirmTexts) {
    if (this.asking === undefined) return nothing;
    return html`<dialog
      class="confirm"
      role="alertdialog"
      aria-labelledby="confirm-question"
      @close=${this.onClose}
    >
      <p id="confirm-question">${texts.question}</p>
      <div class="confirm-buttons">
        <button type="button" class="danger" @click=${() => this.answer('confirm')}>${texts.confirm}</button>
        <button type="button" class="cancel" @click=${() => this.answer('')}>${texts.cancel}</button>
      </div>
    </dialog>`;
  }
}

/** The dialog's look; an element restyles `.danger` with its own colour where it has one. */
export const confirmDialogStyles = css`
  dialog.confirm {
    box-sizing: border-box;
    max-width: min(24em, calc(100vw - 2em));
    padding: ${space.s} ${space.m};
    border: 2px solid ${color.error};
    background: ${color.background};
    color: ${color.text};
  }
  dialog.confirm::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  dialog.confirm p {
    margin: 0 0 ${space.s};
  }
  .confirm-buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: ${space.s};
  }
  button.danger {
    border-color: ${color.error};
    background: ${color.error};
    color: ${color.onAccent};
    font-weight: bold;
  }
`;
