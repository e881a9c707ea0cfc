/**
 * Seeding the demo: the seed customers into the bank, their tokens provisioned with the service
 * (and installed on this device where asked). It loads only when the demo is seeded — a first
 * visit, or a trainer's reset (src/demo.ts) — so a return visit never fetches it.
 */
import type { Bank } from './bank/bank.js';
import { MAX_FAILED_ATTEMPTS } from './bank/codes.js';
import { hashPassword } from './bank/password.js';
import type { AuditEntry, CustomerRecord } from './bank/schema.js';
import { provisionToken, type InstalledToken, type SoftTokenDevice } from './token/device.js';
import type { VipService } from './vip/service.js';
import { DEMO_CUSTOMERS, type DemoCustomer } from './demo-customers.js';

/** The wrong passwords that locked a seed customer: one a minute, the last a minute ago. */
function failedLogins(customer: DemoCustomer, now: number): AuditEntry[] {
  return Array.from({ length: MAX_FAILED_ATTEMPTS }, (_, i) => ({
    time: now - (MAX_FAILED_ATTEMPTS - i) * 60_000,
    contractId: customer.contractId,
    operation: 'login' as const,
    result: 'wrong-password' as const,
  }));
}

/** How to seed: whom, with how much PBKDF2, at what time, and where each token is. */
export interface SeedPlan {
  /** The demo's own customers (DEMO_CUSTOMERS) unless others are given. */
  customers?: readonly DemoCustomer[];
  passwordIterations: number;
  now: number;
  /** Empty the device and the service first, and replace the bank's customers and log (a reset). */
  clear: boolean;
  /** The customers whose seeded token is installed on this device (the token panel). */
  tokensOnDevice: readonly string[];
}

/**
 * Fills the bank with the seed customers and provisions their tokens with the service, installing
 * on this device those of `tokensOnDevice`. `clear` empties the device and the service first: only
 * a trainer's explicit reset does that. The first run adds to what is there: a bank found empty
 * beside tokens on disk (a bank database deleted on its own, or a first seed cut short) must not
 * cost those tokens their secrets.
 */
export async function seedParties(
  { device, vip, bank }: { device: SoftTokenDevice; vip: VipService; bank: Bank },
  { customers = DEMO_CUSTOMERS, passwordIterations, now, clear, tokensOnDevice }: SeedPlan,
): Promise<void> {
  // The hashes first, all at once: WebCrypto derives them in parallel, off the main thread,
  // and the first visit waits for them before the login screen can show.
  const hashing = Promise.all(
    customers.map((customer) => hashPassword(customer.password, passwordIterations)),
  );
  if (clear) await Promise.all([device.clear(), vip.clear(now)]);
  const tokens: (InstalledToken | undefined)[] = [];
  for (const customer of customers) {
    const here = tokensOnDevice.includes(customer.contractId);
    // Elsewhere: the customer's own phone, which this demo does not show; the service knows it.
    const installed =
      customer.token &&
      (here ? await device.install(customer.token, now) : await provisionToken(vip, customer.token, now));
    if (installed && !installed.ok)
      throw new Error(`Seeding: the token was not installed (${installed.code})`);
    tokens.push(installed ? installed.token : undefined);
  }
  const passwords = await hashing;
  const records: CustomerRecord[] = customers.map((customer, i) => ({
    contractId: customer.contractId,
    name: customer.name,
    ...(customer.nameEn ? { nameEn: customer.nameEn } : {}),
    balance: customer.balance,
    password: passwords[i],
    ...(tokens[i] ? { credentialId: tokens[i].credentialId } : {}),
    // A lock comes from failures: the counter shows the five that locked the customer.
    failedAttempts: customer.locked ? MAX_FAILED_ATTEMPTS : 0,
    locked: customer.locked ?? false,
    createdAt: now,
    lastLoginAt: null,
  }));
  const history = customers.flatMap((customer) => (customer.locked ? failedLogins(customer, now) : []));
  const seeded = clear ? await bank.replaceAll(records, history) : await bank.seedIfEmpty(records, history);
  if (!seeded.ok && seeded.code !== 'contract-exists') throw new Error(`Seeding the bank: ${seeded.code}`);
}
