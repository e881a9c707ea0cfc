import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../../components/bank-counter.js';
import '../../../../components/bank-deactivate-auth.js';
import '../../../../components/bank-deactivate-done.js';
import '../../../../components/bank-deactivate-otp.js';
import '../../../../components/bank-login-otp.js';
import '../../../../components/bank-login.js';
import '../../../../components/bank-register-auth.js';
import '../../../../components/bank-register-done.js';
import '../../../../components/bank-register-token.js';
import '../../../../components/otp-rehearsal-app.js';
import type { OtpRehearsalApp } from '../../../../components/otp-rehearsal-app.js';
import '../../../../components/soft-token-panel.js';
import {
  ELEMENT_OF_SCREEN,
  HOST_OF_TARGET,
  findTarget,
  screenOfElement,
} from '../../../../components/internal/rehearsal-targets.js';
import {
  PROCEDURES,
  PROCEDURE_IDS,
  startRehearsal,
  stepTarget,
  type StepScreen,
} from '../../../../src/rehearsal.js';
import { applyScenario } from '../../../../src/scenarios.js';
import { APP_DATABASES, deleteDatabase, screenDemo } from '../fixtures.js';

/**
 * A procedure's demo set up as a rehearsal of it starts (its scenario, and a token installed as the
 * person would), and every screen its steps happen on rendered beside the token panel, as in the
 * shell: the scope its targets are searched in.
 */
async function rehearsalPage(id: (typeof PROCEDURE_IDS)[number]) {
  const { demo, clock } = await screenDemo();
  const setup = await applyScenario(demo, PROCEDURES[id].scenario);
  const installed = await demo.device.install('mobile', clock.now());
  if (!installed.ok) throw new Error(installed.code);
  const screens = [...new Set(PROCEDURES[id].steps.flatMap((step) => (step.screen ? [step.screen] : [])))];
  const scope = await fixture<HTMLElement>(
    html`<div>
      <soft-token-panel .device=${demo.device} .clock=${clock}></soft-token-panel>
    </div>`,
  );
  for (const screen of screens) {
    const element = document.createElement(ELEMENT_OF_SCREEN[screen]);
    element.bank = demo.bank;
    scope.append(element);
  }
  const start = startRehearsal(id, 'guided', 0, { credentialId: setup.credentialId, startAt: setup.startAt });
  return { scope, start, installed: installed.token.credentialId };
}

/** The shell, whose app bar holds what is beside every screen (the counter's link). */
async function shell(): Promise<ShadowRoot> {
  history.replaceState(null, '', '#/login');
  const container = await fixture<HTMLElement>(
    html`<div .innerHTML=${'<otp-rehearsal-app></otp-rehearsal-app>'}></div>`,
  );
  const app = container.querySelector('otp-rehearsal-app') as OtpRehearsalApp;
  await waitUntil(() => app.shadowRoot?.querySelector('.screen > *'), 'no screen shown', { timeout: 8000 });
  return app.shadowRoot!;
}

describe('rehearsal targets', () => {
  before(() => Promise.all(APP_DATABASES.map(deleteDatabase)));
  afterEach(() => fixtureCleanup());
  after(async () => {
    history.replaceState(null, '', '#');
    await Promise.all(APP_DATABASES.map(deleteDatabase));
  });

  for (const id of PROCEDURE_IDS) {
    it(`${id}: every step's control, and what it says to read, is on the page`, async () => {
      const { scope, start, installed } = await rehearsalPage(id);
      const shellRoot = await shell();
      const steps = PROCEDURES[id].steps;
      let found = 0;
      for (const [index, step] of steps.entries()) {
        const state = { ...start, step: index, installed: [installed] };
        for (const which of ['target', 'source'] as const) {
          if (!step[which]) continue;
          const target = stepTarget(state, which);
          expect(target, `${id} ${step.key} ${which}`).not.to.equal(undefined);
          const root = HOST_OF_TARGET[target!.name] === 'shell' ? shellRoot : scope;
          await waitUntil(
            () => findTarget(root, target!),
            `${id} ${step.key}: no element for its ${which} ${JSON.stringify(target)}`,
            { timeout: 4000 },
          );
          found++;
        }
      }
      expect(found).to.be.greaterThan(steps.length - 1);
    });
  }

  it('finds nothing for a token not shown, a customer without a row, or a screen not there', async () => {
    const { scope, installed } = await rehearsalPage('device-lost');
    await waitUntil(() => findTarget(scope, { name: 'token-code', credentialId: installed }), 'no token');
    expect(findTarget(scope, { name: 'token-code', credentialId: 'SYMC00000000' })).to.equal(undefined);
    await waitUntil(
      () => findTarget(scope, { name: 'reset-token', screen: 'counter', contractId: '2345678901' }),
      'no reset button',
    );
    expect(findTarget(scope, { name: 'reset-token', screen: 'counter', contractId: '9999' })).to.equal(
      undefined,
    );
    expect(findTarget(scope, { name: 'submit', screen: 'login-otp' })).to.equal(undefined);
  });

  it('knows the screen of each bank screen element, and no other', () => {
    for (const screen of Object.keys(ELEMENT_OF_SCREEN) as StepScreen[]) {
      expect(screenOfElement(ELEMENT_OF_SCREEN[screen])).to.equal(screen);
    }
    expect(screenOfElement('soft-token-panel')).to.equal(undefined);
  });
});
