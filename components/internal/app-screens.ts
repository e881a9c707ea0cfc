import { html, type TemplateResult } from 'lit';
import { onFirstUse } from '../../src/lazy.js';
import type { Location, Screen } from '../../src/router.js';
import type { Detail, ScreenActions, ScreenState, ShellFlow } from './screen-state.js';
import type { TokenNeed } from '../soft-token-panel.js';
import '../bank-login.js';

export type { ScreenActions, ShellFlow } from './screen-state.js';

// The shell's screen table: the element each screen of src/router.ts is, with what it needs from the
// shell and which of its events move the shell on. Only the login page, where every flow starts, comes
// with the first screen; every other screen's element loads on first use (the shell loads it). The
// counter's and the help pages' tags wait in the page until then, to upgrade; the steps after the
// login page bring their templates with their elements (flow-screens.ts).

/** The template of the steps after the login page, once their chunk has loaded with their elements. */
let flowScreenTemplate: typeof import('./flow-screens.js').flowScreenTemplate | undefined;
const loadFlowScreens = onFirstUse(() =>
  import('./flow-screens.js').then(({ flowScreenTemplate: loaded }) => (flowScreenTemplate = loaded)),
);

/**
 * The screens whose elements load on first use: the steps after the login page (one chunk), the
 * counter (a trainer's tool) and the help pages.
 */
export const SCREENS_LOADED_ON_FIRST_USE = {
  'bank-login-otp': loadFlowScreens,
  'bank-account': loadFlowScreens,
  'bank-register-auth': loadFlowScreens,
  'bank-register-token': loadFlowScreens,
  'bank-register-done': loadFlowScreens,
  'bank-deactivate-auth': loadFlowScreens,
  'bank-deactivate-otp': loadFlowScreens,
  'bank-deactivate-done': loadFlowScreens,
  'bank-counter': onFirstUse(() => import('../bank-counter.js')),
  'bank-help': onFirstUse(() => import('../bank-help.js')),
};

/** The element that shows each screen of src/router.ts. */
export const ELEMENT_OF_SCREEN = {
  login: 'bank-login',
  'login-otp': 'bank-login-otp',
  account: 'bank-account',
  'register-auth': 'bank-register-auth',
  'register-token': 'bank-register-token',
  'register-done': 'bank-register-done',
  'deactivate-auth': 'bank-deactivate-auth',
  'deactivate-otp': 'bank-deactivate-otp',
  'deactivate-done': 'bank-deactivate-done',
  counter: 'bank-counter',
  help: 'bank-help',
  'otp-info': 'bank-help',
} as const satisfies Record<Screen, keyof HTMLElementTagNameMap>;

/** The token a screen's step needs from the token panel: R2 the one to register, A1 and S2 the customer's. */
export function tokenNeedOf(location: Location, flow?: ShellFlow): TokenNeed | undefined {
  switch (location.screen) {
    case 'register-token':
      return 'unregistered';
    case 'login-otp':
    case 'deactivate-otp':
      return flow?.contractId ? { registeredTo: flow.contractId } : undefined;
    default:
      return undefined;
  }
}

/** The element of the screen `state.location` names. */
export function screenTemplate(state: ScreenState, actions: ScreenActions): TemplateResult {
  switch (state.location.screen) {
    case 'login':
      return html`<bank-login
        .bank=${state.bank}
        locale=${state.locale}
        .notice=${state.notice}
        @otp-requested=${(e: Detail<'otp-requested'>) =>
          actions.startFlowStep({
            screen: 'login-otp',
            ticket: e.detail.ticket,
            contractId: e.detail.contractId,
          })}
        @login-succeeded=${(e: Detail<'login-succeeded'>) => actions.signIn(e.detail.sessionId)}
      ></bank-login>`;
    case 'counter':
      return html`<bank-counter
        .bank=${state.bank}
        .changes=${state.changes}
        locale=${state.locale}
      ></bank-counter>`;
    case 'otp-info':
    case 'help':
      return html`<bank-help
        locale=${state.locale}
        topic=${state.location.screen === 'otp-info' ? 'otp-info' : (state.location.topic ?? 'login')}
        @help-closed=${actions.closeHelp}
      ></bank-help>`;
    default:
      // A step after the login page: its template comes with its element, once that has loaded.
      return flowScreenTemplate?.(state, actions) ?? html``;
  }
}

/**
 * Brings the form of the screen shown in `container` (or the screen, where it has none) into view,
 * moving the page as little as it takes ('nearest'), so that what is above it (the trainer's
 * tools) stays in view where it can.
 */
export function revealForm(container: Element | null) {
  const target = container?.firstElementChild?.shadowRoot?.querySelector('form') ?? container;
  if (!target) return;
  const { top, bottom } = target.getBoundingClientRect();
  if (top < 0 || bottom > window.innerHeight) target.scrollIntoView({ block: 'nearest' });
}
