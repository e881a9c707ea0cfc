import type { StepScreen, Target, TargetName } from '../../src/rehearsal.js';
import type { Screen } from '../../src/router.js';
import { ELEMENT_OF_SCREEN as ELEMENT_OF_ANY_SCREEN } from './app-screens.js';

// Where a guided rehearsal's step targets are on the page. src/rehearsal names a control
// ('contract-id', 'submit', 'token-code'…) and the screen it is on; this module knows which
// element holds it. Each element marks its controls with `data-rehearsal-target="<name>"`, so
// restyling or restructuring an element's insides never loses the guide its way.

// No step of a rehearsal is on these: the account page and the help pages.
const {
  account: _account,
  help: _help,
  'otp-info': _otpInfo,
  ...elementOfStepScreen
} = ELEMENT_OF_ANY_SCREEN;

/** The element that shows each screen a step happens on: the shell's own (app-screens.ts). */
export const ELEMENT_OF_SCREEN = elementOfStepScreen satisfies Record<
  StepScreen,
  keyof HTMLElementTagNameMap
>;

/** The screen an element of ELEMENT_OF_SCREEN shows, by tag: where a field someone typed in is. */
export function screenOfElement(tag: string): Screen | undefined {
  return (Object.keys(ELEMENT_OF_SCREEN) as StepScreen[]).find((screen) => ELEMENT_OF_SCREEN[screen] === tag);
}

/**
 * Which element holds each target: the bank screen of the step (`screen`), the token panel, one
 * soft token in it (`token`, the target's credential ID), or the shell itself (the app bar).
 */
export const HOST_OF_TARGET: Readonly<Record<TargetName, 'screen' | 'token-panel' | 'token' | 'shell'>> = {
  'install-mobile': 'token-panel',
  'install-desktop': 'token-panel',
  'register-link': 'screen',
  'deactivate-link': 'screen',
  'contract-id': 'screen',
  password: 'screen',
  'credential-id': 'screen',
  code: 'screen',
  submit: 'screen',
  finish: 'screen',
  'counter-link': 'shell',
  'reset-token': 'screen',
  'back-to-login': 'screen',
  'token-id': 'token',
  'token-code': 'token',
};

/** The root to search for `target`'s mark: its host element's shadow root (or the shell's root). */
function hostRoot(scope: ParentNode, target: Target): ParentNode | undefined {
  switch (HOST_OF_TARGET[target.name]) {
    case 'shell':
      return scope;
    case 'screen':
      return target.screen
        ? (scope.querySelector(ELEMENT_OF_SCREEN[target.screen])?.shadowRoot ?? undefined)
        : undefined;
    case 'token-panel':
      return scope.querySelector('soft-token-panel')?.shadowRoot ?? undefined;
    case 'token': {
      const panel = scope.querySelector('soft-token-panel')?.shadowRoot;
      const token = [...(panel?.querySelectorAll('soft-token') ?? [])].find(
        (element) => element.credentialId === target.credentialId,
      );
      return token?.shadowRoot ?? undefined;
    }
  }
}

/**
 * The element `target` names, in `scope` (the shell's root): in its host, the node marked
 * `data-rehearsal-target` with its name (and, for a customer's row, `data-contract-id`).
 */
export function findTarget(scope: ParentNode, target: Target): HTMLElement | undefined {
  const marked = hostRoot(scope, target)?.querySelectorAll<HTMLElement>(
    `[data-rehearsal-target="${target.name}"]`,
  );
  return [...(marked ?? [])].find(
    (element) => target.contractId === undefined || element.dataset.contractId === target.contractId,
  );
}
