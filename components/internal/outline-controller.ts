import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

// What <guided-rehearsal> needs to draw outlines over the app's controls and to keep its panel
// off them: the geometry, and a controller that measures again whenever things may have moved.

/** An outline drawn over a control, in viewport coordinates. */
export interface Outline {
  which: 'target' | 'source';
  top: number;
  left: number;
  width: number;
  height: number;
  /**
   * The outlined control is not the step's own but the one that shows it (the shell's view
   * switch on a phone-width screen): its label, for the panel to say to press it first.
   */
  reveals?: string;
}

/** Whether `node` is `container` or inside it, through shadow roots. */
function composedContains(container: Node, node: Node): boolean {
  for (let current: Node | null = node; current;) {
    if (current === container) return true;
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return false;
}

export type Corner = 'bottom-left' | 'bottom-right' | 'top-left' | 'top-right';
const CORNERS: readonly Corner[] = ['bottom-left', 'bottom-right', 'top-left', 'top-right'];

/** Room between an outline and its control, and between the overlay and the window's edge (px). */
const OUTLINE_GAP = 4;
const EDGE = 16;

/** What the controller outlines, and what it keeps clear: the host's side of it. */
export interface OutlineSource {
  /** The step's controls as found on the page (none while nothing is to be outlined). */
  targets(): readonly { which: Outline['which']; element: Element | undefined }[];
  /** Names the step: the page is scrolled to a step's control once, not while the person scrolls. */
  stepKey(): string | undefined;
  /** Where the `[data-reveals]` controls are: the shell's root. */
  scope(): ParentNode;
  /** The panel the outlines must not be under. */
  panel(): HTMLElement | null;
}

/**
 * Outlines a step's controls and finds the corner where the host's panel covers none of them, while
 * the host says it is `active`: after scrolling and resizing, and four times a second for what moves
 * by itself (a screen rendered, a token added). A control hidden in the other view of a phone-width
 * screen is not outlined itself: the control that reveals it is, and its label said (`reveals`).
 */
export class OutlineController implements ReactiveController {
  /** The outlines to draw, in viewport coordinates. */
  outlines: readonly Outline[] = [];
  /** The corner for the host's panel. */
  corner: Corner = 'bottom-left';
  /**
   * Room at the window's top the panel leaves clear, in px: the shell's view switch (銀行の画面 /
   * トークン), sticky at the top of a phone-width screen, must stay visible and take taps.
   */
  topClear = 0;
  private frame?: number;
  private timer?: ReturnType<typeof setInterval>;
  private connected = false;
  private on = false;
  /** The step the page was last scrolled to. */
  private scrolledFor?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: OutlineSource,
  ) {
    host.addController(this);
  }

  set active(on: boolean) {
    if (on === this.on) return;
    this.on = on;
    this.sync();
  }

  hostConnected() {
    this.connected = true;
    window.addEventListener('scroll', this.schedule, { capture: true, passive: true });
    window.addEventListener('resize', this.schedule);
    this.sync();
  }

  hostDisconnected() {
    this.connected = false;
    window.removeEventListener('scroll', this.schedule, { capture: true });
    window.removeEventListener('resize', this.schedule);
    this.sync();
  }

  /** Measures once in the next frame, however often it is asked. */
  readonly schedule = () => {
    if (this.frame !== undefined || !this.connected) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.measure();
    });
  };

  /** No outlines (the rehearsal ended); a new one scrolls to its first step again. */
  clear() {
    this.outlines = [];
    this.scrolledFor = undefined;
    this.host.requestUpdate();
  }

  /** The outlines; the control to use wears `badge` (the step's number ①…), where it has one. */
  template(badge?: string) {
    return this.outlines.map(
      (outline) =>
        html`<div
          class="outline ${outline.which}"
          part="outline"
          aria-hidden="true"
          style=${styleMap({
            top: `${outline.top}px`,
            left: `${outline.left}px`,
            width: `${outline.width}px`,
            height: `${outline.height}px`,
          })}
        >
          ${outline.which === 'target' && badge ? html`<span class="badge">${badge}</span>` : nothing}
        </div>`,
    );
  }

  private sync() {
    const run = this.connected && this.on;
    if (run && this.timer === undefined) {
      this.timer = setInterval(this.schedule, 250);
      this.schedule();
    } else if (!run && this.timer !== undefined) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
    if (!this.connected && this.frame !== undefined) {
      cancelAnimationFrame(this.frame);
      this.frame = undefined;
    }
  }

  private measure() {
    const outlines: Outline[] = [];
    for (const { which, element: found } of this.source.targets()) {
      // Hidden (the other view on a phone-width screen): outline what shows it instead.
      const revealer = found && !hasBox(found) ? this.revealerOf(found) : undefined;
      const element = revealer ?? found;
      if (!element || !hasBox(element)) continue;
      if (which === 'target') this.scrollToStep(element);
      // After the scroll, if there was one.
      const now = element.getBoundingClientRect();
      outlines.push({
        which,
        top: Math.round(now.top - OUTLINE_GAP),
        left: Math.round(now.left - OUTLINE_GAP),
        width: Math.round(now.width + 2 * OUTLINE_GAP),
        height: Math.round(now.height + 2 * OUTLINE_GAP),
        ...(revealer ? { reveals: revealer.textContent?.trim() ?? '' } : {}),
      });
    }
    const topClear = this.switchBottom();
    const corner = this.freeCorner(outlines, topClear);
    if (sameOutlines(outlines, this.outlines) && corner === this.corner && topClear === this.topClear) return;
    this.outlines = outlines;
    this.corner = corner;
    this.topClear = topClear;
    this.host.requestUpdate();
  }

  /**
   * Where the view switch ends, when it is shown at the window's top (a phone-width screen): the
   * `[data-reveals]` controls in the scope. 0 when there is none to keep clear.
   */
  private switchBottom(): number {
    const boxes = [...this.source.scope().querySelectorAll('[data-reveals]')]
      .map((control) => control.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0 && box.top < window.innerHeight / 3);
    return Math.max(0, ...boxes.map((box) => Math.ceil(box.bottom)));
  }

  /**
   * The control that shows a hidden `element`: in the scope, a `[data-reveals]` control whose
   * selector names a region holding it (the shell's 銀行 / トークン switch at phone width).
   */
  private revealerOf(element: Element): HTMLElement | undefined {
    const root = this.source.scope();
    return [...root.querySelectorAll<HTMLElement>('[data-reveals]')].find((control) => {
      const region = root.querySelector(control.dataset.reveals!);
      return region !== null && composedContains(region, element) && hasBox(control);
    });
  }

  /** Brings a new step's control into view once; after that, the person scrolls as they like. */
  private scrollToStep(element: Element) {
    const key = this.source.stepKey();
    if (key === undefined || this.scrolledFor === key) return;
    this.scrolledFor = key;
    const rect = element.getBoundingClientRect();
    const visible = rect.top >= 0 && rect.bottom <= window.innerHeight;
    // On a small screen the panel can cover it in every corner: in the middle, one corner is clear.
    const covered = this.cornersClearOf([rect], this.switchBottom()).length === 0;
    if (!visible || covered) element.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  /** The first corner where the panel covers no outline (bottom left unless that hides the control). */
  private freeCorner(outlines: readonly Outline[], topClear: number): Corner {
    if (outlines.length === 0) return 'bottom-left';
    // The control to use must stay visible; what to read too, where there is room for both.
    const target = outlines.filter((outline) => outline.which === 'target');
    return (
      this.cornersClearOf(outlines, topClear)[0] ?? this.cornersClearOf(target, topClear)[0] ?? 'bottom-left'
    );
  }

  /** The corners where the panel, below `topClear` px, would cover none of `boxes` (viewport rectangles). */
  private cornersClearOf(boxes: readonly Box[], topClear: number): Corner[] {
    const panel = this.source.panel();
    if (!panel) return [...CORNERS];
    return cornersClearOf(boxes, { width: panel.offsetWidth, height: panel.offsetHeight }, topClear);
  }
}

/** Laid out with a size: not hidden, not display: none. */
const hasBox = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
};

const sameOutlines = (a: readonly Outline[], b: readonly Outline[]) =>
  a.length === b.length &&
  a.every(
    (outline, index) =>
      outline.which === b[index].which &&
      outline.top === b[index].top &&
      outline.left === b[index].left &&
      outline.width === b[index].width &&
      outline.height === b[index].height &&
      outline.reveals === b[index].reveals,
  );

type Box = Pick<DOMRect, 'top' | 'left' | 'width' | 'height'>;

/**
 * The corners where a panel of `panel`'s size, `EDGE` from the window's edges (and from `topClear`
 * at the top), covers none of `boxes`.
 */
function cornersClearOf(
  boxes: readonly Box[],
  panel: { width: number; height: number },
  topClear: number,
): Corner[] {
  const clashes = (corner: Corner, box: Box) => {
    const top = corner.startsWith('top') ? topClear + EDGE : window.innerHeight - EDGE - panel.height;
    const left = corner.endsWith('left') ? EDGE : document.documentElement.clientWidth - EDGE - panel.width;
    return (
      left < box.left + box.width &&
      box.left < left + panel.width &&
      top < box.top + box.height &&
      box.top < top + panel.height
    );
  };
  return CORNERS.filter((corner) => boxes.every((box) => !clashes(corner, box)));
}
