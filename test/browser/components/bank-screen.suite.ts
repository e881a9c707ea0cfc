/**
 * What every bank screen promises, as one suite each screen's test file runs (lion's
 * `test-suites/*.suite.js`): on its own it carries the practice mark (練習用デモ and "not a real
 * bank"), which no attribute hides; it renders in Japanese and English and is axe clean in both, the
 * language switches in place, a result code set as an attribute shows beside its field with no
 * bank at all (documentation), input the bank refuses as typed shows a message there, takes
 * focus, and stores nothing, and the button that leaves a flow says so with an event, and cannot be
 * pressed while the bank answers what was sent.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { Bank } from '../../../src/bank/bank.js';
import type { BankErrorCode } from '../../../src/bank/codes.js';
import { type Locale } from '../../../src/i18n/index.js';
import {
  expectRefusalBeside,
  mountOnDemo,
  mountScreen,
  nextEvent,
  refusalShown,
  registrations,
  storeSnapshot,
  submitLogin,
  typeInto,
  type ScreenDemo,
  type ScreenTag,
  messagesIn,
} from './fixtures.js';

export interface BankScreenSuiteOptions<K extends ScreenTag> {
  tag: K;
  /** Properties of a working screen besides bank and locale (a ticket, say). */
  properties?: (setup: ScreenDemo) => Promise<Partial<HTMLElementTagNameMap[K]>>;
  /** An element whose text is one message, to see the language switch. */
  label: { selector: string; ja: string; en: string };
  /** A code set as the `error` attribute, and where it shows. */
  attributeError?: { code: BankErrorCode; field: string };
  /** Types, by keyboard, something the bank refuses as typed, and submits it. */
  badInput?: BadInput;
  /** The button that leaves the flow, by its text, and the event it fires. */
  exit?: { label: string; event: 'flow-cancelled' | 'flow-finished' };
}

export interface BadInput {
  fill: (root: ShadowRoot) => Promise<void>;
  code: BankErrorCode;
  field: string;
}

/** A code with a space and a letter in it, which the bank refuses as typed (A1, S2). */
export const MALFORMED_CODE: BadInput = {
  fill: async (root) => {
    await typeInto(root, 'code', '12 34a');
    await sendKeys({ press: 'Enter' });
  },
  code: 'malformed-code',
  field: 'code',
};

/**
 * `bank` whose answers reach the screen only once `release()` is called: how a bank slow to answer (a
 * database another tab keeps busy) looks to a screen. What was sent is done at once, as it would be.
 */
function answersHeld(bank: Bank) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held = new Proxy(bank, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const answer: unknown = value.apply(target, args);
        return answer instanceof Promise ? released.then(() => answer) : answer;
      };
    },
  });
  return { bank: held, release };
}

function buttonLabelled(root: ShadowRoot, label: string) {
  const button = [...root.querySelectorAll('button')].find(
    (candidate) => candidate.textContent!.trim() === label,
  );
  expect(button, label).not.to.equal(undefined);
  return button!;
}

export function runBankScreenSuite<K extends ScreenTag>(options: BankScreenSuiteOptions<K>) {
  const { tag, label } = options;

  const working = (locale: Locale) =>
    mountOnDemo(
      tag,
      async (setup) =>
        ({ ...(await options.properties?.(setup)), locale }) as Partial<HTMLElementTagNameMap[K]>,
    );

  describe('as a bank screen', () => {
    for (const locale of ['ja', 'en'] as const) {
      it(`carries the practice mark on its own, above the screen, attributes set or not (${locale})`, async () => {
        const common = messagesIn(locale).common;
        // Every attribute the element observes, set to something: none of them hides the mark.
        const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] })
          .observedAttributes;
        expect(observed).to.include('locale');
        const attributes = Object.fromEntries(
          observed.map((name) => [name, name === 'locale' ? locale : name === 'error' ? 'locked' : '1']),
        );
        for (const set of [{ locale }, attributes]) {
          const { root } = await mountScreen(tag, {}, set);
          const mark = root.querySelector<HTMLElement>('.practice-mark');
          const line = root.querySelector<HTMLElement>('.practice-notice');
          expect(mark?.textContent, 'the badge').to.equal(common.practiceMark);
          expect(line?.textContent, 'the line').to.equal(common.practiceNotice);
          expect(mark!.closest('[lang]')!.getAttribute('lang')).to.equal(locale);
          for (const shown of [mark!, line!]) {
            expect(shown.checkVisibility({ opacityProperty: true, visibilityProperty: true })).to.equal(true);
            const box = shown.getBoundingClientRect();
            expect(box.width * box.height).to.be.above(0);
          }
          // Above the screen's title, not somewhere below it.
          const title = root.querySelector('h2')!.getBoundingClientRect();
          expect(mark!.getBoundingClientRect().bottom).to.be.at.most(title.top);
        }
      });
    }

    for (const locale of ['ja', 'en'] as const) {
      it(`renders in ${locale} and is axe clean`, async () => {
        const { element, root } = await working(locale);
        expect(root.querySelector('section')!.lang).to.equal(locale);
        expect(root.querySelector(label.selector)!.textContent!.trim()).to.equal(label[locale]);
        // このページのご利用ガイド sits beside the heading: the heading's name is the title alone.
        expect(root.querySelector('h2 a'), 'a link inside the heading').to.equal(null);
        await expect(element).to.be.accessible();
      });
    }

    it('fits a 360 px wide screen, the title row wrapping within it', async () => {
      const [width, height] = [innerWidth, innerHeight];
      await setViewport({ width: 360, height: 640 });
      try {
        const { root } = await working('ja');
        const section = root.querySelector('section')!;
        expect(section.scrollWidth).to.be.at.most(section.clientWidth);
        const row = root.querySelector('.title-row');
        for (const part of row ? [row.querySelector('h2')!, row.querySelector('.guide-link')!] : []) {
          const [outer, inner] = [row!.getBoundingClientRect(), part.getBoundingClientRect()];
          expect(inner.left).to.be.at.least(outer.left);
          expect(inner.right).to.be.at.most(outer.right);
        }
      } finally {
        await setViewport({ width, height });
      }
    });

    it('switches between Japanese and English in place', async () => {
      const { element, root } = await working('ja');
      element.locale = 'en';
      await element.updateComplete;
      expect(root.querySelector(label.selector)!.textContent!.trim()).to.equal(label.en);
      element.locale = 'ja';
      await element.updateComplete;
      expect(root.querySelector(label.selector)!.textContent!.trim()).to.equal(label.ja);
    });

    const { attributeError, badInput, exit } = options;
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

      it('clears a notice from before (ログアウトしました。) with the next submit', async () => {
        const { element, root } = await working('ja');
        element.notice = 'ログアウトしました。';
        await element.updateComplete;
        expect(root.querySelector('.notice')!.textContent).to.contain('ログアウトしました。');
        const refused = nextEvent(element, 'bank-refused');
        await badInput.fill(root);
        await refused;
        await refusalShown(element);
        expect(root.querySelector('.notice')).to.equal(null);
        expect(element.notice).to.equal(undefined);
      });
    }

    if (exit) {
      it(`fires ${exit.event} from ${exit.label}, by keyboard`, async () => {
        const { element, root } = await working('ja');
        const button = buttonLabelled(root, exit.label);
        const fired = nextEvent(element, exit.event);
        button.focus();
        await sendKeys({ press: 'Enter' });
        const event = await fired;
        expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
        expect(event.detail).to.deep.equal({});
      });
    }

    if (exit?.event === 'flow-cancelled' && badInput) {
      // Leaving while the bank answers would drop the flow under an answer still to come.
      it(`keeps ${exit.label} unavailable while the bank answers, as the submit button is`, async () => {
        const { element, root } = await working('ja');
        const answers = answersHeld(element.bank!);
        element.bank = answers.bank;
        await element.updateComplete;
        const [submit, leave] = [
          root.querySelector<HTMLButtonElement>('button[type=submit]')!,
          buttonLabelled(root, exit.label),
        ];
        let left = false;
        element.addEventListener(exit.event, () => (left = true));
        await badInput.fill(root);
        await waitUntil(() => submit.disabled, 'the submit button stayed available while sent');
        expect(leave.disabled, exit.label).to.equal(true);
        // And it looks it, as the submit button does: the wait shows.
        for (const button of [submit, leave]) expect(getComputedStyle(button).opacity).to.equal('0.6');
        leave.click();
        answers.release();
        await refusalShown(element);
        expect(left, `${exit.event} fired`).to.equal(false);
        expect([submit.disabled, leave.disabled]).to.deep.equal([false, false]);
      });
    }
  });
}

export interface CredentialRefusal {
  code: BankErrorCode;
  contractId: string;
  password: string;
  /** Where the message shows: `contract-id`, `password` or `form`. */
  field: string;
  attemptsRemaining?: number;
  /** What was typed, where the code alone does not say (an unknown contract ID is a wrong password). */
  typed?: string;
}

/**
 * What a screen that asks for 契約者ID and ログインパスワード (R1, S1) does with each refusal, typed
 * by keyboard: the message beside its field, focused; the ID kept, the password cleared; no token
 * registered or removed and no session opened; for malformed input, nothing stored at all.
 */
export function runCredentialRefusals(tag: ScreenTag, refusals: readonly CredentialRefusal[]) {
  for (const { code, contractId, password, field, attemptsRemaining, typed } of refusals) {
    const what = typed ? `${code} (${typed})` : code;
    it(`shows ${what} beside ${field}, keeps the ID, clears the password, changes no registration`, async () => {
      const { element, root, demo } = await mountOnDemo(tag);
      const before = await storeSnapshot(demo);
      await submitLogin(root, contractId, password);
      const message = await refusalShown(element);
      expectRefusalBeside(element, field, code, attemptsRemaining);
      expect(root.activeElement).to.equal(message);
      expect(root.querySelector<HTMLInputElement>('#contract-id')!.value).to.equal(contractId);
      expect(root.querySelector<HTMLInputElement>('#password')!.value).to.equal('');
      const after = await storeSnapshot(demo);
      expect(registrations(after)).to.deep.equal(registrations(before));
      expect(after.sessions).to.deep.equal(before.sessions);
      if (code.startsWith('malformed-')) expect(after).to.deep.equal(before);
      await expect(element).to.be.accessible();
    });
  }
}
