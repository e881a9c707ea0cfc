/**
 * What every bank screen promises, as one suite each screen's test file runs (lion's
 * `test-suites/*.suite.js`): it renders in Japanese and English and is axe clean in both, the
 * language switches in place, a result code set as an attribute shows beside its field with no
 * bank at all (documentation), and input the bank refuses as typed shows a message there,
 * takes focus, and stores nothing.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BankScreen } from '../../../components/bank-screen';
import { MAX_FAILED_ATTEMPTS, type BankErrorCode } from '../../../src/bank/codes';
import type { Demo } from '../../../src/demo';
import { failureMessage, messagesFor, type Locale } from '../../../src/i18n';
import { TOKEN_PERIOD, type InstalledToken } from '../../../src/token/device';
import { VIP_MAX_FAILURES } from '../../../src/vip/service';
import { screenDemo } from './fixtures';

export type ScreenDemo = Awaited<ReturnType<typeof screenDemo>>;

type ScreenTag = {
  [K in keyof HTMLElementTagNameMap]: HTMLElementTagNameMap[K] extends BankScreen ? K : never;
}[keyof HTMLElementTagNameMap];

/** Attaches a screen with `properties` set before its first render. */
export async function mountScreen<K extends ScreenTag>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  attributes: Record<string, string> = {},
) {
  const element = document.createElement(tag);
  Object.assign(element, properties);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  await fixture(element);
  return { element, root: element.shadowRoot! };
}

/** Types into a field by keyboard, as a person would. */
export async function typeInto(root: ShadowRoot, id: string, text: string) {
  root.querySelector<HTMLInputElement>(`#${id}`)!.focus();
  await sendKeys({ type: text });
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
    audit: await demo.bank.auditLog(),
    customers: await demo.bank.listCustomers(),
    sessions: await demo.databases.bank.read(['sessions'], (tx) => tx.store('sessions').getAll()),
    credentials: await demo.vip.list(),
  };
}

/** Asserts `code` shows beside `field` (or at form level), announced and focused. */
export function expectRefusalBeside(
  element: BankScreen,
  field: string,
  code: BankErrorCode,
  attemptsRemaining?: number,
  locale: Locale = 'ja',
) {
  const root = element.shadowRoot!;
  const message = root.querySelector<HTMLElement>(`#${field}-error`);
  expect(message, `message beside ${field}`).not.to.equal(null);
  expect(message!.textContent!.trim()).to.equal(
    failureMessage(messagesFor(locale), { code, attemptsRemaining }),
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

export interface BankScreenSuiteOptions<K extends ScreenTag> {
  tag: K;
  /** Properties of a working screen besides bank and locale (a ticket, say). */
  properties?: (setup: ScreenDemo) => Promise<Partial<HTMLElementTagNameMap[K]>>;
  /** An element whose text is one message, to see the language switch. */
  label: { selector: string; ja: string; en: string };
  /** A code set as the `error` attribute, and where it shows. */
  attributeError?: { code: BankErrorCode; field: string };
  /** Types, by keyboard, something the bank refuses as typed, and submits it. */
  badInput?: { fill: (root: ShadowRoot) => Promise<void>; code: BankErrorCode; field: string };
}

export function runBankScreenSuite<K extends ScreenTag>(options: BankScreenSuiteOptions<K>) {
  const { tag, label } = options;

  async function working(locale: Locale) {
    const setup = await screenDemo();
    const properties = (await options.properties?.(setup)) ?? {};
    const mounted = await mountScreen(tag, {
      ...properties,
      bank: setup.demo.bank,
      locale,
    } as Partial<HTMLElementTagNameMap[K]>);
    return { ...mounted, demo: setup.demo };
  }

  describe('as a bank screen', () => {
    for (const locale of ['ja', 'en'] as const) {
      it(`renders in ${locale} and is axe clean`, async () => {
        const { element, root } = await working(locale);
        expect(root.querySelector('section')!.lang).to.equal(locale);
        expect(root.querySelector(label.selector)!.textContent!.trim()).to.equal(label[locale]);
        await expect(element).to.be.accessible();
      });
    }

    it('switches between Japanese and English in place', async () => {
      const { element, root } = await working('ja');
      element.locale = 'en';
      await element.updateComplete;
      expect(root.querySelector(label.selector)!.textContent!.trim()).to.equal(label.en);
      element.locale = 'ja';
      await element.updateComplete;
      expect(root.querySelector(label.selector)!.textContent!.trim()).to.equal(label.ja);
    });

    const { attributeError, badInput } = options;
    if (attributeError) {
      it(`shows ${attributeError.code} from attributes alone, in English`, async () => {
        const { element } = await mountScreen(tag, {}, { locale: 'en', error: attributeError.code });
        expectRefusalBeside(element, attributeError.field, attributeError.code, undefined, 'en');
        await expect(element).to.be.accessible();
      });
    }

    if (badInput) {
      for (const locale of ['ja', 'en'] as const) {
        it(`shows ${badInput.code} beside ${badInput.field}, focused, and stores nothing (${locale})`, async () => {
          const { element, root, demo } = await working(locale);
          const before = await storeSnapshot(demo);
          await badInput.fill(root);
          const message = await refusalShown(element);
          expectRefusalBeside(element, badInput.field, badInput.code, undefined, locale);
          expect(root.activeElement).to.equal(message);
          expect(await storeSnapshot(demo)).to.deep.equal(before);
          await expect(element).to.be.accessible();
        });
      }
    }
  });
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
