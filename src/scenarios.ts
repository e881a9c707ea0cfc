/**
 * Trainers' scenarios: one call puts bank, validation service, soft token device (and, for one of
 * them, the clock) in the state a lesson needs. Each starts from the demo's seed, so applying a
 * scenario twice gives the same demo whatever happened in between.
 *
 * The token panel stands for the rehearsing person's phone or PC, so after a scenario it holds
 * that person's apps only: none for a customer without a token, nor for one whose phone is lost.
 */
import { DEMO_CUSTOMERS, type DemoCustomer } from './demo-customers.js';
import type { DemoParties } from './demo.js';
import type { Screen } from './router.js';
import { TOKEN_PERIOD } from './token/device.js';

export type ScenarioId =
  'fresh-customer' | 'token-registered' | 'locked-customer' | 'device-lost' | 'code-expiring';

/** In the order a lesson usually meets them. */
export const SCENARIO_IDS: readonly ScenarioId[] = [
  'fresh-customer',
  'token-registered',
  'locked-customer',
  'device-lost',
  'code-expiring',
];

/** What the trainer tells the audience. */
export interface ScenarioResult {
  customer: { contractId: string; password: string };
  /** The screen the person starts from. */
  startAt: Screen;
  /** The customer's token ID where it matters (registered; or lost with the device, still registered). */
  credentialId?: string;
  /** For a start at the one-time password step (A1): the bank's ticket from the password step. */
  ticket?: string;
}

/** Seconds the code has left when `code-expiring` is applied. */
export const EXPIRING_SECONDS_LEFT = 3;

const [DEFAULT_CUSTOMER, TOKEN_CUSTOMER, LOCKED_CUSTOMER] = DEMO_CUSTOMERS;

/**
 * Whose scenario it is, whether that customer must have a token registered, and whether it is on
 * this device (the token panel).
 */
const SCENARIOS: Record<ScenarioId, { customer: DemoCustomer; token: boolean; onDevice?: true }> = {
  'fresh-customer': { customer: DEFAULT_CUSTOMER, token: false },
  'token-registered': { customer: TOKEN_CUSTOMER, token: true, onDevice: true },
  'locked-customer': { customer: LOCKED_CUSTOMER, token: false },
  'device-lost': { customer: TOKEN_CUSTOMER, token: true },
  'code-expiring': { customer: TOKEN_CUSTOMER, token: true, onDevice: true },
};

export function isScenarioId(value: unknown): value is ScenarioId {
  return SCENARIO_IDS.some((id) => id === value);
}

/**
 * Moves a running, real-speed clock forward (never back) to the moment the token's current code
 * has `seconds` left: a code is never shown twice, and the shift is under one period.
 */
function runUpToExpiry(demo: DemoParties, seconds: number) {
  const { clock } = demo;
  // Frozen or fast, the code would not change while the person types, which is the lesson.
  clock.resume();
  clock.setSpeed(1);
  // In milliseconds, not secondsRemaining()'s whole seconds: "3" must last a full 3 s.
  const periodMs = TOKEN_PERIOD * 1000;
  const msLeft = periodMs - (((clock.now() % periodMs) + periodMs) % periodMs);
  clock.shift((msLeft - seconds * 1000 + periodMs) % periodMs);
}

/**
 * Resets the demo to its seed, then sets up scenario `id`:
 * - `fresh-customer`: 1234567890, no token registered and no app installed.
 * - `token-registered`: 2345678901, whose VIP Access for Mobile is on the token panel.
 * - `locked-customer`: 3456789012, locked; the bank counter (窓口) unlocks.
 * - `device-lost`: 2345678901's phone is lost: its app is not on the panel, the bank still has the
 *   token ID registered, so the counter must reset it before a new app can be registered.
 * - `code-expiring`: 2345678901, already past the password step and at A1, with the clock
 *   moved so the token's current code has 3 s left.
 *
 * Throws if the demo was seeded without the demo customers (a setup mistake, not a person's).
 */
export async function applyScenario(demo: DemoParties, id: ScenarioId): Promise<ScenarioResult> {
  const scenario = SCENARIOS[id];
  const { contractId, password } = scenario.customer;
  // The person's own device: their token, if any, and nobody else's.
  await demo.resetToSeed({ tokensOnDevice: scenario.onDevice ? [contractId] : [] });
  const credentialId = (await demo.bank.customer(contractId))?.credentialId ?? undefined;
  if (scenario.token !== Boolean(credentialId)) {
    throw new Error(`Scenario ${id} needs the demo customers (src/demo.ts); ${contractId} is not as seeded.`);
  }
  let ticket: string | undefined;
  if (id === 'code-expiring') {
    // Straight to A1, so the code changes while the person types it. If they then enter the code
    // that has just expired, it is still accepted: the validation service allows ±1 step
    // (VIP_WINDOW; RFC 6238 §5.2) for this delay. Only a code two steps old is refused.
    const login = await demo.bank.login(contractId, password);
    if (!login.ok || login.next !== 'otp') throw new Error(`Scenario ${id}: ${contractId} did not reach A1.`);
    ticket = login.ticket;
    runUpToExpiry(demo, EXPIRING_SECONDS_LEFT);
  }

  demo.changes.post({ party: 'demo', action: 'scenario', scenario: id });
  return {
    customer: { contractId, password },
    startAt: ticket ? 'login-otp' : 'login',
    ...(credentialId ? { credentialId } : {}),
    ...(ticket ? { ticket } : {}),
  };
}
