// The bank's screens after the login page: A1, the account page and the steps of registration
// and deactivation (R1–R3, S1–S3), their elements and the shell's templates for them. The login
// page is the first screen of every flow; these load on first use (app-screens.ts), in one chunk,
// since a person who reaches one goes on to the next.
import { html, type TemplateResult } from 'lit';
import { DEACTIVATION_COMPLETE } from '../../src/bank/codes.js';
import type { Detail, ScreenActions, ScreenState } from './screen-state.js';
import '../bank-account.js';
import '../bank-deactivate-auth.js';
import '../bank-deactivate-done.js';
import '../bank-deactivate-otp.js';
import '../bank-login-otp.js';
import '../bank-register-auth.js';
import '../bank-register-done.js';
import '../bank-register-token.js';

/** The element of the step `state.location` names; undefined for a screen that is no such step. */
export function flowScreenTemplate(state: ScreenState, actions: ScreenActions): TemplateResult | undefined {
  switch (state.location.screen) {
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
    default:
      return undefined;
  }
}
