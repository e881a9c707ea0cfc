import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/trainer-bar.js';
import type { TrainerBar } from '../../../components/trainer-bar.js';
import type { BankErrorCode } from '../../../src/bank/codes.js';
import type { Locale } from '../../../src/i18n/index.js';
import { staffFailureMessage, toolMessagesFor } from '../../../src/i18n/tool-messages.js';
import { SCENARIO_IDS, type ScenarioId } from '../../../src/scenarios.js';
import { allowClipboard, clipboardText, withoutClipboardApi } from '../clipboard.js';
import { nextEvent, screenDemo, shadowText, storeSnapshot, type ScreenDemo, messagesIn } from './fixtures.js';
import { okOf } from '../../results.js';

const ja = toolMessagesFor('ja').trainer;
const en = toolMessagesFor('en').trainer;

async function mount(locale: Locale = 'ja') {
  const setup = await screenDemo();
  const element = await fixture<TrainerBar>(
    html`<trainer-bar .demo=${setup.demo} locale=${locale}></trainer-bar>`,
  );
  return { ...setup, element, root: element.shadowRoot! };
}

type Mounted = ScreenDemo & { element: TrainerBar; root: ShadowRoot };

function toggle(root: ShadowRoot): HTMLButtonElement {
  return root.querySelector<HTMLButtonElement>('button[aria-controls]')!;
}

/** The button whose accessible name (aria-label, else its text) is `name`. */
function button(root: ShadowRoot, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find(
    (candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent?.trim()) === name,
  );
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

function rows(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('tbody tr')].map((row) =>
    (row.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/** The customers' rows, in their popover (opened if it is not). */
async function listed(root: ShadowRoot): Promise<string[]> {
  if (openPopover(root)?.id !== 'customers') await openTool(root, 'customers');
  await waitUntil(() => rows(root).length > 0, 'no customers listed');
  return rows(root);
}

function statusText(root: ShadowRoot): string {
  return (root.querySelector('[role=status]')?.textContent ?? '').trim();
}

function shownTime(root: ShadowRoot): string {
  return root.querySelector('[part=time]')?.textContent?.trim() ?? '';
}

/** Opens the tools by keyboard and waits for the bar's tools. */
async function openByKeyboard({ element, root }: Mounted) {
  toggle(root).focus();
  await sendKeys({ press: 'Enter' });
  await element.updateComplete;
  await waitUntil(() => root.querySelector('button[popovertarget=clock]'), 'no tools shown');
}

async function mountOpen(locale: Locale = 'ja') {
  const mounted = await mount(locale);
  await openByKeyboard(mounted);
  return mounted;
}

async function statusShows(root: ShadowRoot, text: string) {
  await waitUntil(() => statusText(root).includes(text), `status "${statusText(root)}" lacks "${text}"`);
}

type Tool = 'scenarios' | 'clock' | 'customers';

function opener(root: ShadowRoot, tool: Tool): HTMLButtonElement {
  return root.querySelector<HTMLButtonElement>(`button[popovertarget=${tool}]`)!;
}

function openPopover(root: ShadowRoot): Element | null {
  return root.querySelector(':popover-open');
}

/** Opens a tool's popover by keyboard, from its button in the bar. */
async function openTool(root: ShadowRoot, tool: Tool) {
  opener(root, tool).focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => openPopover(root)?.id === tool, `${tool} did not open`);
  return root.getElementById(tool)!;
}

/** Types into the add-a-customer form by keyboard. */
async function fill(root: ShadowRoot, values: Record<string, string>) {
  if (openPopover(root)?.id !== 'customers') await openTool(root, 'customers');
  for (const [field, value] of Object.entries(values)) {
    root.querySelector<HTMLInputElement>(`#new-${field}`)!.focus();
    if (value) await sendKeys({ type: value });
  }
}

describe('<trainer-bar>', () => {
  describe('disclosure', () => {
    it('is collapsed by default, with a named button controlling the hidden tools', async () => {
      const { root } = await mount();
      const button = toggle(root);
      expect(button.textContent!.trim()).to.equal(messagesIn('ja').common.trainerTools);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const panel = root.getElementById(button.getAttribute('aria-controls')!)!;
      expect(panel.hidden).to.equal(true);
      expect(root.querySelectorAll('[data-scenario]')).to.have.length(0);
    });

    it('opens with Enter and closes with Space', async () => {
      const mounted = await mount();
      const { root, element } = mounted;
      await openByKeyboard(mounted);
      expect(toggle(root).getAttribute('aria-expanded')).to.equal('true');
      expect(root.getElementById('trainer-tools')!.hidden).to.equal(false);
      toggle(root).focus();
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(toggle(root).getAttribute('aria-expanded')).to.equal('false');
      expect(root.getElementById('trainer-tools')!.hidden).to.equal(true);
    });

    it('reaches every control by Tab, each with a name: the bar, then each popover after its button', async () => {
      const { root } = await mountOpen();
      const visited = new Set<Element>();
      const controlsIn = (scope: ParentNode) => [...scope.querySelectorAll<HTMLElement>('button, input')];
      const tabThrough = async (count: number) => {
        for (let i = 0; i < count + 1 && root.activeElement; i++) {
          visited.add(root.activeElement);
          await sendKeys({ press: 'Tab' });
        }
      };
      const expectReachedAndNamed = (controls: HTMLElement[]) => {
        for (const control of controls) {
          expect(visited.has(control), control.outerHTML).to.equal(true);
          const name =
            control.getAttribute('aria-label') ??
            (control.id ? root.querySelector(`label[for=${control.id}]`)?.textContent : control.textContent);
          expect(name?.trim(), control.outerHTML).not.to.equal('');
        }
      };
      const bar = controlsIn(root);
      expect(bar.length).to.be.greaterThan(5);
      await tabThrough(bar.length);
      expectReachedAndNamed(bar);
      // A closed popover's controls are not in the page; opened, they follow its button.
      for (const tool of ['scenarios', 'clock', 'customers'] as const) {
        const popover = await openTool(root, tool);
        await waitUntil(() => controlsIn(popover).length > 0, `${tool} is empty`);
        const controls = controlsIn(popover);
        await sendKeys({ press: 'Tab' });
        expect(popover.contains(root.activeElement), `${tool}: Tab did not go into it`).to.equal(true);
        await tabThrough(controls.length);
        expectReachedAndNamed(controls);
        opener(root, tool).focus();
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => !openPopover(root), `${tool} stayed open`);
        expect(controlsIn(popover)).to.deep.equal([]);
      }
    });

    it('lists the customers as they are when opened', async () => {
      const mounted = await mount();
      await mounted.demo.bank.staffUnlock('3456789012');
      await openByKeyboard(mounted);
      expect(await listed(mounted.root)).to.deep.equal([
        `1234567890 ${ja.copy} Demo1234 ${ja.copy} 山田 太郎 ${ja.notRegistered} ${ja.active}`,
        `2345678901 ${ja.copy} Demo2345 ${ja.copy} 佐藤 花子 ${ja.registered} ${ja.active}`,
        `3456789012 ${ja.copy} Demo3456 ${ja.copy} 鈴木 一郎 ${ja.notRegistered} ${ja.active}`,
      ]);
    });
  });

  describe('one row, a popover per tool', () => {
    it('opens one popover at a time below the bar; Escape closes it and gives the focus back to its button', async () => {
      const { root, element } = await mountOpen();
      const row = root.querySelector('.row')!;
      for (const tool of ['scenarios', 'clock', 'customers'] as const) {
        expect(row.contains(opener(root, tool)), `${tool}'s button is in the row`).to.equal(true);
        expect(root.getElementById(tool)!.matches(':popover-open')).to.equal(false);
      }
      await openTool(root, 'scenarios');
      const bar = root.querySelector('.bar')!.getBoundingClientRect();
      expect(root.getElementById('scenarios')!.getBoundingClientRect().top).to.be.at.least(bar.bottom - 1);
      await openTool(root, 'clock');
      expect([...root.querySelectorAll(':popover-open')].map((popover) => popover.id)).to.deep.equal([
        'clock',
      ]);
      button(root, ja.forward30).focus();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !openPopover(root), 'the clock stayed open');
      expect(root.activeElement).to.equal(opener(root, 'clock'));
      // The tools stay open: the first Escape closed the popover only.
      expect(element.open).to.equal(true);
    });

    it('Escape in the bar with no popover open folds the tools up, the focus on the toggle', async () => {
      const { root, element } = await mountOpen();
      button(root, ja.presenter).focus();
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(element.open).to.equal(false);
      expect(toggle(root).getAttribute('aria-expanded')).to.equal('false');
      expect(root.activeElement).to.equal(toggle(root));
    });

    it('shows the demo time in the bar, stopped or running, while every popover is closed', async () => {
      const { root } = await mountOpen();
      expect(openPopover(root)).to.equal(null);
      const time = root.querySelector('[part=time]')!;
      expect(root.querySelector('.row')!.contains(time)).to.equal(true);
      expect(time.checkVisibility()).to.equal(true);
      expect(root.querySelector('.row')!.textContent).to.include(`${ja.frozen} · ${ja.speed(1)}`);
    });

    it('closes the scenarios when one is chosen, the outcome in view in the bar', async () => {
      const { root, element } = await mountOpen();
      await openTool(root, 'scenarios');
      const applied = nextEvent(element, 'scenario-applied');
      root.querySelector<HTMLButtonElement>('[data-scenario=token-registered]')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(openPopover(root)).to.equal(null);
      expect(root.activeElement).to.equal(opener(root, 'scenarios'));
      await applied;
      await statusShows(root, ja.loginWith('2345678901', 'Demo2345'));
      expect(root.querySelector('[role=status]')!.checkVisibility()).to.equal(true);
    });

    it('says what each scenario sets up, beside its button', async () => {
      const { root } = await mountOpen('en');
      await openTool(root, 'scenarios');
      for (const id of SCENARIO_IDS) {
        const choice = root.querySelector<HTMLButtonElement>(`[data-scenario=${id}]`)!;
        expect(choice.textContent!.trim()).to.equal(en.scenarios[id].label);
        const hint = root.getElementById(choice.getAttribute('aria-describedby')!)!;
        expect(hint.textContent!.trim()).to.equal(en.scenarios[id].hint);
      }
    });
  });

  describe('reset', () => {
    it('asks first; Escape cancels and changes nothing', async () => {
      const { root, demo, element } = await mountOpen();
      await demo.bank.addCustomer({ contractId: '5555', password: 'Extra1234', name: 'x', balance: 0 });
      const before = await storeSnapshot(demo);
      button(root, ja.reset).click();
      await element.updateComplete;
      expect(shadowText(element)).to.include(ja.resetConfirm);
      expect(root.activeElement).to.equal(button(root, ja.cancel));
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(shadowText(element)).not.to.include(ja.resetConfirm);
      expect(root.activeElement).to.equal(button(root, ja.reset));
      expect(await storeSnapshot(demo)).to.deep.equal(before);
    });

    it('resets to the seed on confirmation and fires demo-reset', async () => {
      const { root, demo, element } = await mountOpen();
      await demo.bank.addCustomer({ contractId: '5555', password: 'Extra1234', name: 'x', balance: 0 });
      okOf(await demo.device.install('desktop', demo.clock.now()));
      button(root, ja.reset).click();
      await element.updateComplete;
      const reset = nextEvent<Record<string, never>>(element, 'demo-reset');
      button(root, ja.resetConfirmButton).click();
      const event = await reset;
      expect(event.detail).to.deep.equal({});
      expect(event.bubbles && event.composed).to.equal(true);
      expect((await demo.bank.listCustomers()).map((customer) => customer.contractId)).to.deep.equal([
        '1234567890',
        '2345678901',
        '3456789012',
      ]);
      expect(await demo.device.list()).to.deep.equal([]); // the seed: nobody's phone on this device
      await statusShows(root, ja.resetDone);
      await waitUntil(() => root.activeElement === button(root, ja.reset), 'focus did not return to reset');
      expect(await listed(root)).to.have.length(3);
    });
  });

  describe('scenarios', () => {
    const expectations: Record<ScenarioId, (demo: ScreenDemo['demo']) => Promise<void>> = {
      'fresh-customer': async (demo) => {
        expect((await demo.bank.customer('1234567890'))?.credentialId).to.equal(null);
        expect(await demo.device.list()).to.have.length(0);
      },
      'token-registered': async (demo) => {
        const credentialId = (await demo.bank.customer('2345678901'))?.credentialId;
        expect((await demo.device.list()).map((token) => token.credentialId)).to.deep.equal([credentialId]);
      },
      'locked-customer': async (demo) => {
        expect((await demo.bank.customer('3456789012'))?.locked).to.equal(true);
      },
      'device-lost': async (demo) => {
        expect((await demo.bank.customer('2345678901'))?.credentialId).to.match(/^SYMC\d{8}$/);
        expect(await demo.device.list()).to.have.length(0);
      },
      'code-expiring': async (demo) => {
        expect(demo.clock.state().frozen).to.equal(false);
        expect(Math.ceil((30_000 - (demo.clock.now() % 30_000)) / 1000)).to.equal(3);
      },
    };
    const contractIds: Record<ScenarioId, [string, string]> = {
      'fresh-customer': ['1234567890', 'Demo1234'],
      'token-registered': ['2345678901', 'Demo2345'],
      'locked-customer': ['3456789012', 'Demo3456'],
      'device-lost': ['2345678901', 'Demo2345'],
      'code-expiring': ['2345678901', 'Demo2345'],
    };

    for (const id of SCENARIO_IDS) {
      it(`${id}: fires scenario-applied, sets up the demo and says how to log in`, async () => {
        const { root, demo, element } = await mountOpen();
        await demo.bank.addCustomer({ contractId: '5555', password: 'Extra1234', name: 'x', balance: 0 });
        const applied = nextEvent<{ id: ScenarioId; startAt: string; contractId: string; ticket?: string }>(
          element,
          'scenario-applied',
        );
        await openTool(root, 'scenarios');
        button(root, ja.scenarios[id].label).click();
        const [contractId, password] = contractIds[id];
        const { ticket, ...detail } = (await applied).detail;
        // code-expiring starts at A1, past the password step, with the bank's ticket.
        const atA1 = id === 'code-expiring';
        expect(detail).to.deep.equal({ id, startAt: atA1 ? 'login-otp' : 'login', contractId });
        expect(typeof ticket).to.equal(atA1 ? 'string' : 'undefined');
        await expectations[id](demo);
        expect(await demo.bank.customer('5555')).to.equal(undefined);
        await statusShows(root, ja.loginWith(contractId, password));
        expect(statusText(root)).to.include(ja.scenarios[id].hint);
        expect(await listed(root)).to.have.length(3);
      });
    }

    it('shows the last outcome in the language now chosen', async () => {
      const { root, element } = await mountOpen();
      await openTool(root, 'scenarios');
      button(root, ja.scenarios['token-registered'].label).click();
      await statusShows(root, ja.loginWith('2345678901', 'Demo2345'));
      element.locale = 'en';
      await element.updateComplete;
      expect(statusText(root)).to.include(en.loginWith('2345678901', 'Demo2345'));
    });
  });

  describe('clock', () => {
    it('shows demo time in Japan and whether it is stopped', async () => {
      const { root } = await mountOpen();
      // screenDemo: 2026-11-24 00:00:05 UTC, frozen.
      expect(shownTime(root)).to.equal('09:00:05');
      expect(shadowText(root.host)).to.include(`${ja.frozen} · ${ja.speed(1)}`);
    });

    it('offers to start the clock while it is stopped, and to stop it while it runs', async () => {
      const { root, clock, element } = await mountOpen();
      await openTool(root, 'clock');
      // screenDemo's clock is stopped: the one button says what it does, not what the clock does.
      const freeze = root.querySelector<HTMLButtonElement>('button.freeze')!;
      expect(freeze.textContent!.trim()).to.equal(ja.resume);
      expect(freeze.hasAttribute('aria-pressed')).to.equal(false);
      freeze.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(clock.state().frozen).to.equal(false);
      expect(freeze.textContent!.trim()).to.equal(ja.freeze);
      expect(freeze.hasAttribute('aria-pressed')).to.equal(false);
      expect(shadowText(element)).to.include(ja.running);
      expect(root.activeElement).to.equal(freeze);
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(clock.state().frozen).to.equal(true);
      expect(freeze.textContent!.trim()).to.equal(ja.resume);
      element.locale = 'en';
      await element.updateComplete;
      expect(freeze.textContent!.trim()).to.equal(en.resume);
      button(root, en.resume).click();
      await element.updateComplete;
      expect(freeze.textContent!.trim()).to.equal(en.freeze);
    });

    it('moves the clock by 30 s either way', async () => {
      const { root, clock, element } = await mountOpen();
      await openTool(root, 'clock');
      const start = clock.now();
      button(root, ja.forward30).click();
      await element.updateComplete;
      expect(clock.now()).to.equal(start + 30_000);
      expect(shownTime(root)).to.equal('09:00:35');
      button(root, ja.back30).click();
      button(root, ja.back30).click();
      await element.updateComplete;
      expect(clock.now()).to.equal(start - 30_000);
      expect(shownTime(root)).to.equal('08:59:35');
    });

    it('says beside −30 s that codes already used stay refused, in either language', async () => {
      const { root, element } = await mountOpen();
      await openTool(root, 'clock');
      const back = button(root, ja.back30);
      const note = root.getElementById(back.getAttribute('aria-describedby')!)!;
      expect(note.textContent!.trim()).to.equal(ja.usedCodesNote);
      element.locale = 'en';
      await element.updateComplete;
      expect(note.textContent!.trim()).to.equal(en.usedCodesNote);
      await expect(element).to.be.accessible();
    });

    it('sets the speed to ×4 and back to ×1', async () => {
      const { root, clock, element } = await mountOpen();
      await openTool(root, 'clock');
      const fast = button(root, ja.speed(4));
      fast.click();
      await element.updateComplete;
      expect(clock.state().speed).to.equal(4);
      expect(fast.getAttribute('aria-pressed')).to.equal('true');
      expect(button(root, ja.speed(1)).getAttribute('aria-pressed')).to.equal('false');
      button(root, ja.speed(1)).click();
      await element.updateComplete;
      expect(clock.state().speed).to.equal(1);
    });

    it('goes back to the current time, running at speed 1', async () => {
      const { root, clock, element, advanceRealTime } = await mountOpen();
      await openTool(root, 'clock');
      button(root, ja.forward30).click();
      button(root, ja.speed(4)).click();
      const real = advanceRealTime(0);
      button(root, ja.resetClock).click();
      await element.updateComplete;
      expect(clock.state()).to.deep.include({ now: real, frozen: false, speed: 1, offset: 0 });
      expect(shownTime(root)).to.equal('09:00:05');
    });

    it('ticks while the clock runs', async () => {
      const { root, element, advanceRealTime } = await mountOpen();
      await openTool(root, 'clock');
      button(root, ja.resume).click();
      await element.updateComplete;
      advanceRealTime(2000);
      await waitUntil(() => shownTime(root) === '09:00:07', `shows ${shownTime(root)}`, { timeout: 3000 });
    });
  });

  describe('customers', () => {
    const VALID = { 'contract-id': '9876543210', password: 'Train1234', name: '高橋 次郎', balance: '10000' };

    it('lists the seeded customers, the locked one with the five failures that locked them', async () => {
      const { root } = await mountOpen();
      expect(await listed(root)).to.include(
        `3456789012 ${ja.copy} Demo3456 ${ja.copy} 鈴木 一郎 ${ja.notRegistered} ロック中（連続5回誤り）`,
      );
      expect(rows(root)).to.include(
        `1234567890 ${ja.copy} Demo1234 ${ja.copy} 山田 太郎 ${ja.notRegistered} ${ja.active}`,
      );
    });

    it('adds a customer and lists it with its password', async () => {
      const { root, demo } = await mountOpen();
      await fill(root, VALID);
      await sendKeys({ press: 'Enter' });
      await statusShows(root, ja.added('9876543210'));
      expect(await demo.bank.customer('9876543210')).to.deep.include({ name: '高橋 次郎', balance: 10_000 });
      expect(await listed(root)).to.include(
        `9876543210 ${ja.copy} Train1234 ${ja.copy} 高橋 次郎 ${ja.notRegistered} ${ja.active}`,
      );
      for (const input of root.querySelectorAll<HTMLInputElement>('form input')) {
        expect(input.value, input.id).to.equal('');
      }
      expect(await demo.bank.login('9876543210', 'Train1234')).to.deep.include({ ok: true });
    });

    const refusals: [BankErrorCode, string, Partial<typeof VALID>][] = [
      ['malformed-contract-id', 'contract-id', { 'contract-id': '12ab' }],
      ['contract-exists', 'contract-id', { 'contract-id': '1234567890' }],
      ['malformed-password', 'password', { password: 'short' }],
      ['weak-password', 'password', { password: 'abcdefgh' }],
      ['malformed-name', 'name', { name: '' }],
      ['malformed-balance', 'balance', { balance: '-5' }],
    ];
    for (const [code, field, change] of refusals) {
      it(`shows ${code} beside ${field}, focused, and stores nothing`, async () => {
        const { root, demo } = await mountOpen();
        const before = await storeSnapshot(demo);
        await fill(root, { ...VALID, ...change });
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => root.querySelector('.error'), 'no refusal shown');
        const message = root.getElementById(`new-${field}-error`)!;
        expect(message.textContent!.trim()).to.equal(
          staffFailureMessage(toolMessagesFor('ja'), messagesIn('ja'), { code }),
        );
        expect(root.activeElement).to.equal(message);
        expect(root.querySelectorAll('.error')).to.have.length(1);
        const input = root.querySelector<HTMLInputElement>(`#new-${field}`)!;
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(input.getAttribute('aria-describedby')).to.equal(`new-${field}-error`);
        expect(await storeSnapshot(demo)).to.deep.equal(before);
        expect(await listed(root)).to.have.length(3);
      });
    }

    it('shows no password it does not know', async () => {
      const mounted = await mount();
      await mounted.demo.bank.addCustomer({
        contractId: '5555',
        password: 'Extra1234',
        name: 'x',
        balance: 0,
      });
      await openByKeyboard(mounted);
      await listed(mounted.root);
      const row = [...mounted.root.querySelectorAll('tbody tr')].find((candidate) =>
        candidate.textContent!.includes('5555'),
      )!;
      expect(row.querySelectorAll('td')[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        `—${ja.unknownPassword}`,
      );
      expect(row.querySelectorAll('button')).to.have.length(1);
    });

    describe('copy', () => {
      it('copies a contract ID and a password, and says so', async () => {
        await allowClipboard(true);
        const { root } = await mountOpen();
        await listed(root);
        button(root, ja.copyContractId('2345678901')).click();
        await statusShows(root, ja.copiedContractId('2345678901'));
        expect(await clipboardText()).to.equal('2345678901');
        button(root, ja.copyPassword('2345678901')).click();
        await statusShows(root, ja.copiedPassword('2345678901'));
        expect(await clipboardText()).to.equal('Demo2345');
      });

      it('says when the browser refuses to copy', async () => {
        await allowClipboard(false);
        const { root } = await mountOpen();
        await listed(root);
        button(root, ja.copyContractId('1234567890')).click();
        await statusShows(root, ja.copyFailed);
      });

      it('says so where there is no Clipboard API', async () => {
        const giveBack = withoutClipboardApi();
        try {
          const { root } = await mountOpen();
          await listed(root);
          button(root, ja.copyPassword('1234567890')).click();
          await statusShows(root, ja.copyFailed);
        } finally {
          giveBack();
        }
      });
    });
  });

  describe('presenter mode', () => {
    it('toggles, reflects and fires presenter-changed', async () => {
      const { root, element } = await mountOpen();
      const toggleButton = button(root, ja.presenter);
      expect(toggleButton.getAttribute('aria-pressed')).to.equal('false');
      let changed = nextEvent<{ on: boolean }>(element, 'presenter-changed');
      toggleButton.focus();
      await sendKeys({ press: 'Enter' });
      expect((await changed).detail).to.deep.equal({ on: true });
      await element.updateComplete;
      expect(element.hasAttribute('presenter')).to.equal(true);
      expect(toggleButton.getAttribute('aria-pressed')).to.equal('true');
      changed = nextEvent<{ on: boolean }>(element, 'presenter-changed');
      await sendKeys({ press: 'Space' });
      expect((await changed).detail).to.deep.equal({ on: false });
      await element.updateComplete;
      expect(element.hasAttribute('presenter')).to.equal(false);
    });

    it('fires nothing when the property is set by code', async () => {
      const { element } = await mount();
      let fired = false;
      element.addEventListener('presenter-changed', () => (fired = true));
      element.presenter = true;
      await element.updateComplete;
      expect(element.hasAttribute('presenter')).to.equal(true);
      expect(fired).to.equal(false);
    });
  });

  for (const locale of ['ja', 'en'] as const) {
    const m = locale === 'ja' ? ja : en;
    it(`is axe clean closed and open, in ${locale}`, async () => {
      const mounted = await mount(locale);
      const { element, root } = mounted;
      expect(toggle(root).textContent!.trim()).to.equal(messagesIn(locale).common.trainerTools);
      await expect(element).to.be.accessible();
      await openByKeyboard(mounted);
      expect(shadowText(element)).to.include(m.scenariosTitle);
      await expect(element).to.be.accessible();
      for (const tool of ['scenarios', 'clock', 'customers'] as const) {
        await openTool(root, tool);
        await expect(element).to.be.accessible();
      }
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !openPopover(root), 'a popover stayed open');
      // The reset question is a modal dialog: checked open, then answered, before the form is used.
      button(root, m.reset).click();
      await element.updateComplete;
      expect(root.querySelector('dialog[open]')).not.to.equal(null);
      await expect(element).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !root.querySelector('dialog'), 'the question stayed open');
      await fill(root, { 'contract-id': 'x' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root.querySelector('.error'), 'no refusal shown');
      await expect(element).to.be.accessible();
    });
  }
});
