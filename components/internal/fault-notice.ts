import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Messages } from '../../src/i18n/index.js';
import { isStorageError, type StorageFailure } from '../../src/store/errors.js';

/**
 * What went wrong under an operation, as the page says it: storage failed (a StorageError's
 * reason, src/store/errors.ts), or something else no one planned for. Neither is a person's
 * mistake, and neither is fixed by trying again: the way out is a reload.
 */
export type Fault = StorageFailure | 'unexpected';

function faultOf(error: unknown): Fault {
  return isStorageError(error) ? error.reason : 'unexpected';
}

/** An element that shows faults: it renders `template()` and has a root to focus in. */
export type FaultHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The notice an element shows where an operation failed under it — storage failing (another tab
 * opened a newer version, the data was deleted, the disk is full) or anything unexpected — with
 * the 再読み込み button that reloads the page. The element renders `template()` where the
 * operation was asked for; `show()` puts the notice there and moves focus to it. Nothing of the
 * failed operation was written (a failed transaction writes nothing), so a reload is safe.
 *
 * With `unhandled`, it also shows every promise rejection no one handled in the page (the
 * shell's last resort), so that nothing ever fails in silence.
 */
export class FaultNotice implements ReactiveController {
  /** The fault shown; undefined when there is none. */
  fault?: Fault;

  constructor(
    private readonly host: FaultHost,
    private readonly options: { unhandled?: boolean } = {},
  ) {
    host.addController(this);
  }

  hostConnected() {
    if (this.options.unhandled) window.addEventListener('unhandledrejection', this.onUnhandled);
  }

  hostDisconnected() {
    window.removeEventListener('unhandledrejection', this.onUnhandled);
  }

  private readonly onUnhandled = (event: PromiseRejectionEvent) => {
    // A storage failure is shown and said in words, so the console need not report it too; anything
    // else is a bug, which stays reported for whoever debugs the page.
    if (isStorageError(event.reason)) event.preventDefault();
    void this.show(event.reason);
  };

  /** Shows what `error` says went wrong, and moves focus to it. */
  async show(error: unknown): Promise<void> {
    this.fault = faultOf(error);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('.fault')?.focus();
  }

  /** Takes the notice away (a new operation begins). */
  clear() {
    if (this.fault === undefined) return;
    this.fault = undefined;
    this.host.requestUpdate();
  }

  /** The notice, in `messages`' language; nothing while there is no fault. */
  template(messages: Messages) {
    const fault = this.fault;
    if (fault === undefined) return nothing;
    const m = messages.common;
    return html`<div class="fault" role="alert" tabindex="-1" data-fault=${fault}>
      <p>${fault === 'unexpected' ? m.unexpectedError : m.storageFailed[fault]}</p>
      <button type="button" @click=${() => window.location.reload()}>${m.reload}</button>
    </div>`;
  }
}
