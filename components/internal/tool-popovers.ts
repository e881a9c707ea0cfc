import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The popovers of an element's bar (`popover`, opened by the button whose `popovertarget` names
 * it): which one is open, so that the element renders a popover's content only while it is open
 * (closed, nothing of it is in the page, not even hidden), and the focus back on its button when
 * it closes with the focus inside it (Escape, an action that closes it, a click on nothing
 * focusable), as a native popover does only outside a shadow root. A click that put the focus on
 * something else leaves it there. The element binds `beforeToggle` and `toggle` on each popover.
 */
export class ToolPopovers implements ReactiveController {
  /** The id of the popover open (or opening). */
  private openId?: string;
  /** The popover closing with the focus inside it. */
  private closing?: Element;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected() {
    this.openId = undefined;
    this.closing = undefined;
  }

  /** Whether the popover `id` is open: its content is rendered. */
  isOpen(id: string): boolean {
    return this.openId === id;
  }

  readonly beforeToggle = (event: ToggleEvent) => {
    const popover = event.currentTarget as HTMLElement;
    if (event.newState === 'open') {
      this.openId = popover.id;
      this.host.requestUpdate();
    } else if (popover.contains(this.host.shadowRoot?.activeElement ?? null)) {
      this.closing = popover;
    }
  };

  readonly toggle = (event: ToggleEvent) => {
    const popover = event.currentTarget as HTMLElement;
    if (event.newState !== 'closed') return;
    if (this.openId === popover.id) {
      this.openId = undefined;
      this.host.requestUpdate();
    }
    if (this.closing !== popover) return;
    this.closing = undefined;
    // Still in this element (on its host, where a hidden control leaves it) or nowhere: give it back.
    const lost = document.activeElement === null || document.activeElement === document.body;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    if (!lost && root.activeElement !== this.host) return;
    this.host.shadowRoot?.querySelector<HTMLElement>(`[popovertarget=${popover.id}]`)?.focus();
  };
}
