import { LitElement } from 'lit';
import { messagesArriving, onMessagesLoaded } from '../../src/i18n/index.js';

/** The custom events of the page: those `GlobalEventHandlersEventMap` declares as a `CustomEvent`. */
export type CustomEventType = {
  [K in keyof GlobalEventHandlersEventMap]: GlobalEventHandlersEventMap[K] extends CustomEvent ? K : never;
}[keyof GlobalEventHandlersEventMap];

/** The `detail` an event of `type` carries, as its declaration says. */
export type EventDetail<K extends CustomEventType> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer Detail> ? Detail : never;

/**
 * What every element of ours shares: `emit()`, which fires one of the events declared in
 * `GlobalEventHandlersEventMap` with the detail its declaration gives, bubbling and composed, so a
 * page's listener (`addEventListener('code-copied', (event) => event.detail.credentialId)`) is typed
 * by the same declaration. Each element declares its events beside its class.
 * (Shoelace `src/internal/shoelace-element.ts`)
 */
export abstract class OtpElement extends LitElement {
  private stopListening?: () => void;

  override connectedCallback() {
    super.connectedCallback();
    // A language loaded on first use arrived: render again in it (src/i18n/index.ts).
    this.stopListening = onMessagesLoaded(() => this.requestUpdate());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  /** Complete once a render in the language asked for is done, not one in its stand-in. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const tables = messagesArriving();
    if (!tables) return done;
    await tables;
    return super.getUpdateComplete();
  }

  /** Fires `type`; events state what a person did, so call it from a person's action only. */
  protected emit<K extends CustomEventType>(
    type: K,
    ...[detail]: EventDetail<K> extends undefined ? [] : [detail: EventDetail<K>]
  ): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
