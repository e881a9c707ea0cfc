import { en } from '../../../src/i18n/en.js';
import { enFlow } from '../../../src/i18n/flow-en.js';
import { jaFlow } from '../../../src/i18n/flow-ja.js';
import { ja as jaMessages } from '../../../src/i18n/ja.js';
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BankScreen } from '../../../components/internal/bank-screen.js';
import { MAX_FAILED_ATTEMPTS, type BankErrorCode } from '../../../src/bank/codes.js';
import { createClock, type Clock } from '../../../src/clock.js';
import { openDemo, type Demo } from '../../../src/demo.js';
import { failureMessage, type Locale } from '../../../src/i18n/index.js';
import { TOKEN_PERIOD, type InstalledToken } from '../../../src/token/device.js';
import { VIP_MAX_FAILURES } from '../../../src/vip/service.js';
import { okOf } from '../../results.js';

/**
 * A demo on memory stores with a frozen clock the test moves, and cheap password hashing. The seeded
 * token holder's phone is on this device (the token panel), as the "token registered" scenario has
 * it, unless `tokensOnDevice` says otherwise ([] for a first visit's empty panel).
 */
export async function screenDemo({ tokensOnDevice = [TOKEN_HOLDER.contractId] } = {}) {
  let realNow = Date.UTC(2026, 10, 24, 0, 0, 5);
  const clock = createClock({ realNow: () => realNow });
  clock.freeze();
  const demo = await openDemo({ memory: true, passwordIterations: 1000, clock, tokensOnDevice });
  await demo.ready;
  return { demo, clock, advanceRealTime: (ms: number) => (realNow += ms) };
}

export type ScreenDemo = Awaited<ReturnType<typeof screenDemo>>;

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

/** The tag of every bank screen. */
export type ScreenTag = {
  [K in keyof HTMLElementTagNameMap]: HTMLElementTagNameMap[K] extends BankScreen ? K : never;
}[keyof HTMLElementTagNameMap];

type Properties<K extends ScreenTag> = Partial<HTMLElementTagNameMap[K]>;

/** Attaches a screen with `properties` set before its first render. */
export async function mountScreen<K extends ScreenTag>(
  tag: K,
  properties: Properties<K> = {},
  attributes: Record<string, string> = {},
) {
  const element = document.createElement(tag);
  Object.assign(element, properties);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  await fixture(element);
  return { element, root: element.shadowRoot! };
}

/**
 * A screen talking to a fresh demo's bank, with `properties` set before its first render; they may
 * be worked out from the demo (a ticket, say).
 */
export async function mountOnDemo<K extends ScreenTag>(
  tag: K,
  properties: Properties<K> | ((setup: ScreenDemo) => Promise<Properties<K>>) = {},
) {
  const setup = await screenDemo();
  const own = typeof properties === 'function' ? await properties(setup) : properties;
  const mounted = await mountScreen(tag, { bank: setup.demo.bank, ...own } as Properties<K>);
  return { ...setup, ...mounted };
}

/** The seeded customer whose token is installed on the device and registered at the bank. */
export const TOKEN_HOLDER = { contractId: '2345678901', password: 'Demo2345' };

/** The seeded customer's token, and the code it shows now (the clock only moves when told). */
export async function seededToken({ demo, clock }: Pick<ScreenDemo, 'demo' | 'clock'>) {
  const [token] = await demo.device.list();
  return { token, rightCode: async () => (await demo.device.code(token, clock.now())).code };
}

/** Types into a field by keyboard, as a person would. */
export async function typeInto(root: ShadowRoot, id: string, text: string) {
  root.querySelector<HTMLInputElement>(`#${id}`)!.focus();
  await sendKeys({ type: text });
}

/** Types a contract ID and a password by keyboard and presses Enter. */
export async function submitLogin(root: ShadowRoot, contractId: string, password: string) {
  await typeInto(root, 'contract-id', contractId);
  await typeInto(root, 'password', password);
  await sendKeys({ press: 'Enter' });
}

/** The message the screen shows once the bank has refused (it appears when the answer is in). */
export async function refusalShown(element: BankScreen): Promise<HTMLElement> {
  const root = element.shadowRoot!;
  await waitUntil(() => root.querySelector('.error'), 'the screen showed no refusal', { timeout: 5000 });
  return root.querySelector<HTMLElement>('.error')!;
}

/** Everything the three parties hold that a screen could change. */
export async function storeSnapshot(demo: Demo) {
  return {
    audit: okOf(await demo.bank.auditPage()).entries,
    customers: await demo.bank.listCustomers(),
    sessions: await demo.databases.bank.read(['sessions'], (tx) => tx.store('sessions').getAll()),
    credentials: await demo.vip.list(),
  };
}

/** Which token each customer has registered, from a snapshot. */
export function registrations(snapshot: Awaited<ReturnType<typeof storeSnapshot>>) {
  return snapshot.customers.map((customer) => customer.credentialId);
}

/**
 * Asserts `code` shows beside `field` (or at form level), announced and focused; with the tries
 * left, or for a code already used the seconds until the token shows a new one.
 */
export function expectRefusalBeside(
  element: BankScreen,
  field: string,
  code: BankErrorCode,
  attemptsRemaining?: number,
  locale: Locale = 'ja',
  retryInSeconds?: number,
) {
  const root = element.shadowRoot!;
  const message = root.querySelector<HTMLElement>(`#${field}-error`);
  expect(message, `message beside ${field}`).not.to.equal(null);
  expect(message!.textContent!.trim()).to.equal(
    failureMessage(messagesIn(locale), { code, attemptsRemaining, retryInSeconds }, flowMessagesIn(locale)),
  );
  expect(root.querySelectorAll('.error')).to.have.length(1);
  if (field !== 'form') {
    const input = root.querySelector<HTMLInputElement>(`#${field}`)!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(`${field}-error`);
  }
  for (const other of root.querySelectorAll('input')) {
    if (other.id !== field) expect(other.getAttribute('aria-invalid'), other.id).to.equal('false');
  }
}

/** What the bank says after a code already used: the seconds until the token shows its next code. */
export function secondsToNextCode(clock: Clock): number {
  const period = TOKEN_PERIOD * 1000;
  return Math.ceil((period - (clock.now() % period)) / 1000);
}

/** Six digits the token shows at none of the steps the service accepts around `time`. */
export async function wrongCode(demo: Demo, token: InstalledToken, time: number): Promise<string> {
  const near = await Promise.all(
    [-1, 0, 1].map(async (step) => (await demo.device.code(token, time + step * TOKEN_PERIOD * 1000)).code),
  );
  return ['000000', '111111', '222222', '333333'].find((code) => !near.includes(code))!;
}

/** Locks the token at the validation service: wrong codes until it stops answering. */
export async function lockCredential(demo: Demo, token: InstalledToken, time: number) {
  const wrong = await wrongCode(demo, token, time);
  for (let i = 0; i < VIP_MAX_FAILURES; i++) await demo.vip.validate(token.credentialId, wrong, time);
}

/** Locks the customer at the bank: wrong passwords until the bank stops answering. */
export async function lockCustomer(demo: Demo, contractId: string) {
  for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) await demo.bank.login(contractId, 'Wrong-password-1');
}

/** The databases the app opens (its parties' own), for tests that mount the whole app. */
export const APP_DATABASES = ['otp-rehearsal-bank', 'otp-rehearsal-vip', 'otp-rehearsal-token'];

export function deleteDatabase(name: string) {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/**
 * A language's message tables, for what a test expects: the tables themselves, since the page
 * loads English only on first use (`messagesFor` gives Japanese until then).
 */
export const messagesIn = (locale: Locale) => ({ ja: jaMessages, en })[locale];
/** The texts of the screens after the login page, their refusals among them. */
const flowMessagesIn = (locale: Locale) => ({ ja: jaFlow, en: enFlow })[locale];
