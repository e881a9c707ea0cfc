import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/bank-login.js';
import type { BankLogin } from '../../../components/bank-login.js';
import '../../../components/guided-rehearsal.js';
import type { GuidedRehearsal } from '../../../components/guided-rehearsal.js';
import { type Locale } from '../../../src/i18n/index.js';
import { toolMessagesFor } from '../../../src/i18n/tool-messages.js';
import { EXAM_MISTAKE_PENALTY } from '../../../src/rehearsal.js';
import { TOKEN_HOLDER, nextEvent, screenDemo, shadowText, typeInto, messagesIn } from './fixtures.js';

const ja = toolMessagesFor('ja').rehearsal;
const en = toolMessagesFor('en').rehearsal;

/**
 * The element beside a real login screen on the demo's bank (what its outlines point at and whose
 * events it follows), with a time the test moves.
 */
async function mount(options: { locale?: Locale; presenter?: boolean } = {}) {
  const setup = await screenDemo();
  let now = 10_000;
  const container = await fixture<HTMLElement>(
    html`<div>
      <guided-rehearsal
        .demo=${setup.demo}
        .now=${() => now}
        locale=${options.locale ?? 'ja'}
        ?presenter=${options.presenter ?? false}
      ></guided-rehearsal>
      <bank-login .bank=${setup.demo.bank} locale=${options.locale ?? 'ja'}></bank-login>
    </div>`,
  );
  const element = container.querySelector('guided-rehearsal') as GuidedRehearsal;
  const login = container.querySelector('bank-login') as BankLogin;
  await login.updateComplete;
  return {
    ...setup,
    element,
    root: element.shadowRoot!,
    login,
    tick: (ms: number) => (now += ms),
  };
}

type Mounted = Awaited<ReturnType<typeof mount>>;

const toggle = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('[part=toggle]')!;
const overlay = (root: ShadowRoot) => root.querySelector<HTMLElement>('.overlay');
const status = (root: ShadowRoot) => root.querySelector('[role=status]')!.textContent!.trim();
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Starts a rehearsal through the launcher, by mouse-free clicks on its controls. */
async function startWith({ element, root }: Mounted, procedure: string, mode: 'guided' | 'exam') {
  toggle(root).click();
  await element.updateComplete;
  root.querySelector<HTMLInputElement>(`#procedure-${procedure}`)!.click();
  root.querySelector<HTMLInputElement>(`#mode-${mode}`)!.click();
  const applied = nextEvent(element, 'scenario-applied');
  root.querySelector<HTMLButtonElement>('button.start')!.click();
  await applied;
  await waitUntil(() => overlay(root), 'no overlay');
  await element.updateComplete;
}

/** Fires an app event as the app's elements do: bubbling and composed, so it reaches window. */
function fire(target: Element, type: string, detail: object = {}) {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

describe('<guided-rehearsal>', () => {
  describe('launcher', () => {
    it('is a collapsed disclosure; opens by keyboard and starts the chosen procedure and mode', async () => {
      const mounted = await mount();
      const { element, root, demo } = mounted;
      expect(toggle(root).textContent!.trim()).to.equal(messagesIn('ja').common.guidedRehearsal);
      expect(toggle(root).getAttribute('aria-expanded')).to.equal('false');
      expect(root.querySelector<HTMLElement>('#rehearsal-launcher')!.hidden).to.equal(true);

      toggle(root).focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(toggle(root).getAttribute('aria-expanded')).to.equal('true');
      const radios = [...root.querySelectorAll<HTMLInputElement>('input[name=procedure]')];
      expect(radios.map((radio) => text(root.querySelector(`label[for=${radio.id}]`)))).to.deep.equal([
        ja.procedures.registration.label,
        ja.procedures['login-otp'].label,
        ja.procedures.deactivation.label,
        ja.procedures['change-token'].label,
        ja.procedures['device-lost'].label,
      ]);
      await expect(element).to.be.accessible();

      // Tab to the procedures, arrow to the second, Tab to the modes, arrow to the exam, Tab, Enter.
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement?.id).to.equal('procedure-registration');
      await sendKeys({ press: 'ArrowDown' });
      expect(root.activeElement?.id).to.equal('procedure-login-otp');
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement?.id).to.equal('mode-guided');
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement?.classList.contains('start')).to.equal(true);
      const applied = nextEvent<{ id: string; startAt: string; contractId: string }>(
        element,
        'scenario-applied',
      );
      await sendKeys({ press: 'Enter' });
      expect((await applied).detail).to.deep.equal({
        id: 'token-registered',
        startAt: 'login',
        contractId: TOKEN_HOLDER.contractId,
      });
      // The scenario is set up: the customer has a token registered.
      expect((await demo.bank.customer(TOKEN_HOLDER.contractId))?.credentialId).to.match(/^SYMC\d{8}$/);
      await waitUntil(() => overlay(root), 'no overlay');
      await element.updateComplete;
      expect(root.activeElement?.id).to.equal('overlay-title');
      expect(text(root.querySelector('#overlay-title'))).to.equal(
        ja.title(ja.procedures['login-otp'].label, ja.modes.guided.label),
      );
      // The launcher makes way for the panel.
      expect(root.querySelector('.bar')).to.equal(null);
    });
  });

  describe('guided', () => {
    it('shows the step with its number, tells the customer to use, and announces it', async () => {
      const mounted = await mount();
      const { root } = mounted;
      await startWith(mounted, 'login-otp', 'guided');
      const panel = overlay(root)!;
      expect(panel.localName).to.equal('aside');
      expect(panel.getAttribute('aria-modal')).to.equal(null);
      expect(text(panel.querySelector('.customer'))).to.equal(
        ja.useCustomer(TOKEN_HOLDER.contractId, TOKEN_HOLDER.password),
      );
      expect(text(panel.querySelector('.step-text'))).to.equal(`①${ja.steps['login-contract-id'].text}`);
      expect(text(panel.querySelector('.progress'))).to.equal('ログイン · 手順 1 / 5');
      await waitUntil(() => status(root).includes(ja.steps['login-contract-id'].text), status(root));
      expect(status(root)).to.contain(ja.useCustomer(TOKEN_HOLDER.contractId, TOKEN_HOLDER.password));
      await expect(mounted.element).to.be.accessible();
    });

    it('outlines the control to use, and moves on when the person does the step', async () => {
      const mounted = await mount();
      const { root, login, element } = mounted;
      await startWith(mounted, 'login-otp', 'guided');
      const field = login.shadowRoot!.querySelector<HTMLInputElement>('#contract-id')!;
      await waitUntil(() => root.querySelector('.outline.target'), 'no outline');
      const outline = root.querySelector<HTMLElement>('.outline.target')!.getBoundingClientRect();
      const input = field.getBoundingClientRect();
      expect(outline.left).to.be.at.most(input.left);
      expect(outline.right).to.be.at.least(input.right);
      expect(outline.top).to.be.at.most(input.top);
      expect(outline.bottom).to.be.at.least(input.bottom);
      expect(getComputedStyle(root.querySelector('.outline')!).pointerEvents).to.equal('none');
      expect(root.querySelector('.outline')!.getAttribute('aria-hidden')).to.equal('true');

      await typeInto(login.shadowRoot!, 'contract-id', TOKEN_HOLDER.contractId);
      await element.updateComplete;
      expect(text(root.querySelector('.step-text'))).to.equal(`②${ja.steps['login-password'].text}`);
      await waitUntil(() => status(root).includes(ja.steps['login-password'].text), status(root));
      // The outline follows to the password field.
      await waitUntil(() => {
        const box = root.querySelector('.outline.target')?.getBoundingClientRect();
        const password = login.shadowRoot!.querySelector('#password')!.getBoundingClientRect();
        return box && box.top <= password.top && box.bottom >= password.bottom;
      }, 'the outline did not move to the password');
    });

    it('says the step it last announced in the language switched to afterwards', async () => {
      const mounted = await mount();
      const { root, login, element } = mounted;
      await startWith(mounted, 'login-otp', 'guided');
      await typeInto(login.shadowRoot!, 'contract-id', TOKEN_HOLDER.contractId);
      await waitUntil(() => status(root).includes(ja.steps['login-password'].text), status(root));

      element.locale = 'en';
      await element.updateComplete;
      expect(text(root.querySelector('.step-text'))).to.equal(`②${en.steps['login-password'].text}`);
      expect(status(root)).to.contain(en.steps['login-password'].text);
      expect(status(root)).not.to.contain(ja.steps['login-password'].text);
    });

    it('says kindly what went wrong and how to recover', async () => {
      const mounted = await mount();
      const { root, login, element } = mounted;
      await startWith(mounted, 'login-otp', 'guided');
      await typeInto(login.shadowRoot!, 'contract-id', TOKEN_HOLDER.contractId);
      await typeInto(login.shadowRoot!, 'password', 'demo2345');
      const refused = nextEvent<{ code: string }>(login, 'bank-refused');
      await sendKeys({ press: 'Enter' });
      expect((await refused).detail).to.deep.equal({ code: 'wrong-password' });
      await element.updateComplete;
      const hint = ja.hints.credentials({
        contractId: TOKEN_HOLDER.contractId,
        password: TOKEN_HOLDER.password,
        credentialId: '',
        step: '',
        screen: '',
      });
      expect(text(root.querySelector('.hint p'))).to.equal(hint);
      expect(text(root.querySelector('.hint h3'))).to.equal(ja.hintTitle);
      await waitUntil(() => status(root) === hint, status(root));
      // Back to the first of the two fields, as for an unknown contract ID: which was wrong is not
      // told. The contract ID is still there; typing the password (cleared by the screen) moves on.
      expect(text(root.querySelector('.step-text'))).to.equal(`①${ja.steps['login-contract-id'].text}`);
      await typeInto(login.shadowRoot!, 'password', TOKEN_HOLDER.password);
      await element.updateComplete;
      expect(root.querySelector('.hint')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('ends with a summary: time taken and mistakes; もう一度 starts again', async () => {
      const mounted = await mount();
      const { root, login, element, tick } = mounted;
      await startWith(mounted, 'login-otp', 'guided');
      tick(20_000);
      fire(login, 'bank-refused', { code: 'wrong-code' });
      fire(login, 'otp-requested', { contractId: TOKEN_HOLDER.contractId, ticket: 't' });
      tick(65_000);
      fire(login, 'login-succeeded', { contractId: TOKEN_HOLDER.contractId, sessionId: 's' });
      await waitUntil(() => root.querySelector('.summary'), 'no summary');
      await element.updateComplete;
      const summary = root.querySelector('.summary')!;
      expect(root.activeElement?.id).to.equal('summary-title');
      expect(text(summary.querySelector('.duration'))).to.equal(ja.durationValue(85_000));
      expect(text(summary.querySelector('.duration'))).to.equal('1分25秒');
      expect(text(summary.querySelector('.mistakes'))).to.equal('1回');
      expect(text(summary.querySelector('li'))).to.equal(
        `${ja.mistakeLabels['wrong-code']}（${ja.stepLabel(ja.parts.login, '①')}）`,
      );
      expect(summary.querySelector('.score')).to.equal(null);
      expect(root.querySelectorAll('.outline')).to.have.length(0);
      await waitUntil(() => status(root).startsWith(ja.summaryTitle), status(root));
      await expect(element).to.be.accessible();

      const again = nextEvent(element, 'scenario-applied');
      summary.querySelector<HTMLButtonElement>('button.again')!.click();
      await again;
      await waitUntil(() => root.querySelector('.overlay:not(.summary)'), 'not started again');
      expect(text(root.querySelector('.step-text'))).to.equal(`①${ja.steps['login-contract-id'].text}`);
    });

    it('does not trap focus: Tab leaves the panel for the app', async () => {
      const mounted = await mount();
      const { root, login } = mounted;
      await startWith(mounted, 'login-otp', 'guided');
      root.querySelector<HTMLElement>('#overlay-title')!.focus();
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(login);
    });

    it('speaks English', async () => {
      const mounted = await mount({ locale: 'en' });
      const { root } = mounted;
      await startWith(mounted, 'deactivation', 'guided');
      expect(text(root.querySelector('#overlay-title'))).to.equal('Stop using one-time passwords (Guided)');
      expect(text(root.querySelector('.step-text'))).to.equal(`①${en.steps['deact-link'].text}`);
      expect(text(root.querySelector('.customer'))).to.equal(
        en.useCustomer(TOKEN_HOLDER.contractId, TOKEN_HOLDER.password),
      );
      expect(root.querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
      fire(mounted.login, 'flow-cancelled');
      await mounted.element.updateComplete;
      expect(text(root.querySelector('.hint p'))).to.contain('no harm done');
    });

    it('in presenter mode draws a thicker outline', async () => {
      const mounted = await mount({ presenter: true });
      const { root } = mounted;
      await startWith(mounted, 'login-otp', 'guided');
      await waitUntil(() => root.querySelector('.outline.target'), 'no outline');
      expect(getComputedStyle(root.querySelector('.outline.target')!).borderTopWidth).to.equal('6px');
      mounted.element.presenter = false;
      await mounted.element.updateComplete;
      expect(getComputedStyle(root.querySelector('.outline.target')!).borderTopWidth).to.equal('3px');
    });

    it('folds the panel away and back', async () => {
      const mounted = await mount();
      const { root, element } = mounted;
      await startWith(mounted, 'login-otp', 'guided');
      const fold = root.querySelector<HTMLButtonElement>('.collapse')!;
      expect(fold.getAttribute('aria-expanded')).to.equal('true');
      fold.click();
      await element.updateComplete;
      expect(fold.getAttribute('aria-expanded')).to.equal('false');
      expect(root.querySelector<HTMLElement>('#overlay-body')!.hidden).to.equal(true);
      expect(text(fold)).to.equal(ja.expand);
    });
  });

  describe('exam', () => {
    it('gives no hint and no outline, and scores the attempt', async () => {
      const mounted = await mount();
      const { root, login, element, tick } = mounted;
      await startWith(mounted, 'login-otp', 'exam');
      expect(text(overlay(root)!.querySelector('#overlay-body > p:nth-of-type(2)'))).to.equal(ja.examNote);
      expect(root.querySelector('.step-text')).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(root.querySelectorAll('.outline')).to.have.length(0);

      fire(login, 'bank-refused', { code: 'wrong-password' });
      fire(login, 'bank-refused', { code: 'wrong-code' });
      await element.updateComplete;
      expect(root.querySelector('.hint')).to.equal(null);
      tick(42_000);
      fire(login, 'otp-requested', { contractId: TOKEN_HOLDER.contractId, ticket: 't' });
      fire(login, 'login-succeeded', { contractId: TOKEN_HOLDER.contractId, sessionId: 's' });
      await waitUntil(() => root.querySelector('.summary'), 'no summary');
      await element.updateComplete;
      expect(text(root.querySelector('.score'))).to.equal(ja.scoreValue(100 - 2 * EXAM_MISTAKE_PENALTY));
      expect(text(root.querySelector('.duration'))).to.equal('42秒');
      expect(shadowText(element)).to.contain(ja.scoreRule(EXAM_MISTAKE_PENALTY));
      await expect(element).to.be.accessible();
    });

    it('ends when the trainer resets the demo meanwhile', async () => {
      const mounted = await mount();
      const { root, element } = mounted;
      await startWith(mounted, 'login-otp', 'exam');
      fire(document.body, 'demo-reset');
      await waitUntil(() => root.querySelector('.summary'), 'no summary');
      await element.updateComplete;
      expect(shadowText(element)).to.contain(ja.stopped);
    });

    it('stopped early: the share of steps reached, and back to the launcher on 閉じる', async () => {
      const mounted = await mount();
      const { root, element } = mounted;
      await startWith(mounted, 'deactivation', 'exam');
      root.querySelector<HTMLButtonElement>('button.stop')!.click();
      await waitUntil(() => root.querySelector('.summary'), 'no summary');
      await element.updateComplete;
      expect(shadowText(element)).to.contain(ja.stopped);
      expect(text(root.querySelector('.score'))).to.equal(ja.scoreValue(0));
      root.querySelector<HTMLButtonElement>('button.close')!.click();
      await element.updateComplete;
      expect(overlay(root)).to.equal(null);
      expect(root.activeElement).to.equal(toggle(root));
    });
  });
});
