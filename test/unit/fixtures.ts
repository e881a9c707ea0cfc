import { createClock } from '../../src/clock.js';
import { openDemo, type DemoOptions } from '../../src/demo.js';

/** A fixed start time on a step boundary (step 56_666_666 of 30 s), so step arithmetic is easy. */
export const START = 1_699_999_980_000;

/**
 * A memory-backed demo with a frozen clock the test moves by hand, and cheap password hashing; seeded
 * (`ready`), so that what a test hears on its change feed is its own doing, not the seed's.
 */
export async function memoryDemo(options: DemoOptions = {}) {
  const clock = createClock({ realNow: () => START });
  clock.freeze();
  const demo = await openDemo({ memory: true, passwordIterations: 1000, clock, ...options });
  await demo.ready;
  return demo;
}

export const DEFAULT = { contractId: '1234567890', password: 'Demo1234' };
export const WITH_TOKEN = { contractId: '2345678901', password: 'Demo2345' };
export const LOCKED = { contractId: '3456789012', password: 'Demo3456' };
