import { LitElement } from 'lit';

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
  /** Fires `type`; events state what a person did, so call it from a person's action only. */
  protected emit<K extends CustomEventType>(
    type: K,
    ...[detail]: EventDetail<K> extends undefined ? [] : [detail: EventDetail<K>]
  ): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
