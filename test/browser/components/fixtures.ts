import { createClock } from '../../../src/clock';
import { openDemo } from '../../../src/demo';

/** A demo on memory stores with a frozen clock the test moves, and cheap password hashing. */
export async function screenDemo() {
  let realNow = Date.UTC(2026, 10, 24, 0, 0, 5);
  const clock = createClock({ realNow: () => realNow });
  clock.freeze();
  const demo = await openDemo({ memory: true, passwordIterations: 1000, clock });
  return { demo, clock, advanceRealTime: (ms: number) => (realNow += ms) };
}

/** The text of an element's shadow root, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Resolves with the next `type` event dispatched on `target`. */
export function nextEvent<T = unknown>(target: EventTarget, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) =>
    target.addEventListener(type, (event) => resolve(event as CustomEvent<T>), { once: true }),
  );
}
