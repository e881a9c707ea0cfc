import { html, type TemplateResult } from 'lit';
import type { Bank } from '../../src/bank/bank.js';
import type { ChangeFeed } from '../../src/changes.js';
import { DEACTIVATION_COMPLETE } from '../../src/bank/codes.js';
import type { Locale } from '../../src/i18n/index.js';
import { onFirstUse } from '../../src/lazy.js';
import type { FlowState, Location, Screen } from '../../src/router.js';
import type { TokenNeed } from '../soft-token-panel.js';
import '../bank-login.js';

// The shell's screen table: the element each screen of src/router.ts is, with what it needs from the
// shell and which of its events move the shell on. Only the login page, where every flow starts, comes
// with the first screen; every other screen's element loads on first use (the shell loads it), and
// until then its tag waits in the page, to upgrade.

const loadFlowScreens = onFirstUse(() => import('./flow-screens.js'));

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

/** A flow between its steps, with the contract ID A1 shows. */
export type ShellFlow = FlowState & { contractId?: string };

/** What the shell holds that a screen shows. */
export interface ScreenState {
  location: Location;
  bank: Bank;
  /** What the parties change, here and in other tabs (the counter and the account page follow it). */
  changes: ChangeFeed;
  locale: Locale;
  /** Why the person is here (a flow restarted, signed out), in words. */
  notice?: string;
  flow?: ShellFlow;
  sessionId?: string;
}

/** What the screens' events ask of the shell. */
export interface ScreenActions {
  /** A flow's step was done: show its next one, which needs what `flow` holds. */
  startFlowStep(flow: ShellFlow): void;
  signIn(sessionId: string): void;
  signOut(): void;
  /** A flow's last screen was left. */
  finishFlow(): void;
  /** A flow was left before its end. */
  backToLogin(): void;
  closeHelp(): void;
}

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

type Detail<K extends keyof GlobalEventHandlersEventMap> = GlobalEventHandlersEventMap[K];

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
    case 'login-otp':
      return html`<bank-login-otp
        .bank=${state.bank}
        locale=${state.locale}
        .ticket=${state.flow?.ticket}
        contract-id=${state.flow?.contractId ?? ''}
        @login-succeeded=${(e: Detail<'login-succeeded'>) => actions.signIn(e.detail.sessionId)}
        @flow-cancelled=${actions.backToLogin}
      ></bank-login-otp>`;
    case 'account':
      return html`<bank-account
        .bank=${state.bank}
        .changes=${state.changes}
        locale=${state.locale}
        .sessionId=${state.sessionId}
        @logged-out=${actions.signOut}
      ></bank-account>`;
    case 'register-auth':
      return html`<bank-register-auth
        .bank=${state.bank}
        locale=${state.locale}
        .notice=${state.notice}
        @registration-started=${(e: Detail<'registration-started'>) =>
          actions.startFlowStep({
            screen: 'register-token',
            ticket: e.detail.ticket,
            contractId: e.detail.contractId,
          })}
      ></bank-register-auth>`;
    case 'register-token':
      return html`<bank-register-token
        .bank=${state.bank}
        locale=${state.locale}
        .ticket=${state.flow?.ticket}
        @otp-registered=${(e: Detail<'otp-registered'>) =>
          actions.startFlowStep({ screen: 'register-done', result: e.detail.credentialId })}
      ></bank-register-token>`;
    case 'register-done':
      return html`<bank-register-done
        locale=${state.locale}
        .credentialId=${state.flow?.result}
        @flow-finished=${actions.finishFlow}
      ></bank-register-done>`;
    case 'deactivate-auth':
      return html`<bank-deactivate-auth
        .bank=${state.bank}
        locale=${state.locale}
        .notice=${state.notice}
        @deactivation-started=${(e: Detail<'deactivation-started'>) =>
          actions.startFlowStep({
            screen: 'deactivate-otp',
            ticket: e.detail.ticket,
            contractId: e.detail.contractId,
          })}
        @flow-cancelled=${actions.backToLogin}
      ></bank-deactivate-auth>`;
    case 'deactivate-otp':
      return html`<bank-deactivate-otp
        .bank=${state.bank}
        locale=${state.locale}
        .ticket=${state.flow?.ticket}
        @otp-deactivated=${(e: Detail<'otp-deactivated'>) =>
          actions.startFlowStep({ screen: 'deactivate-done', result: e.detail.resultCode })}
        @flow-cancelled=${actions.backToLogin}
      ></bank-deactivate-otp>`;
    case 'deactivate-done':
      return html`<bank-deactivate-done
        locale=${state.locale}
        result-code=${state.flow?.result ?? DEACTIVATION_COMPLETE}
        @flow-finished=${actions.finishFlow}
      ></bank-deactivate-done>`;
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
