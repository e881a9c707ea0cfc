import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
export function composedContains(container: Node, node: Node): boolean {
  for (let current: Node | null = node; current;) {
    if (current === container) return true;
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return false;
}

export type Corner = 'bottom-left' | 'bottom-right' | 'top-left' | 'top-right';
export const CORNERS: readonly Corner[] = ['bottom-left', 'bottom-right', 'top-left', 'top-right'];

/** Room between an outline and its control, and between the overlay and the window's edge (px). */
export const OUTLINE_GAP = 4;
const EDGE = 16;

/**
 * Keeps the outlines on their controls while the host says it is `active`: after scrolling and
 * resizing, and four times a second for what moves by itself (a screen rendered, a token added).
 */
export class OutlineController implements ReactiveController {
  private frame?: number;
  private timer?: ReturnType<typeof setInterval>;
  private connected = false;
  private on = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly measure: () => void,
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
}

/** Laid out with a size: not hidden, not display: none. */
export const hasBox = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
};

export const sameOutlines = (a: readonly Outline[], b: readonly Outline[]) =>
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

/** The corners where a panel of `panel`'s size, `EDGE` from the window's edges, covers none of `boxes`. */
export function cornersClearOf(boxes: readonly Box[], panel: { width: number; height: number }): Corner[] {
  const clashes = (corner: Corner, box: Box) => {
    const top = corner.startsWith('top') ? EDGE : window.innerHeight - EDGE - panel.height;
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
