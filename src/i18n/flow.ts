/**
 * The texts of the bank's screens after the login page: A1, the account page, registration (R1–R3)
 * and deactivation (S1–S3). They travel with those screens in their own chunk of the build
 * (components/internal/flow-screens.ts), not with the first screen, which is the login page. `ja`
 * and `en` implement it (flow-ja.ts, flow-en.ts), so a missing key fails `tsc`;
 * `flowMessagesFor` (flow-messages.ts) picks one. Japanese labels are the guide's, to the character.
 */
import type { CustomerErrorCode } from '../bank/codes.js';
import type { LoginErrorCode } from './messages.js';

/** The refusals a customer meets only on the screens after the login page. */
export type FlowErrorCode = Exclude<CustomerErrorCode, LoginErrorCode>;

export interface FlowMessages {
  loginOtp: {
    title: string;
    instruction: string;
    code: string;
    codeHint: string;
    submit: string;
  };
  account: {
    title: string;
    welcome: (name: string) => string;
    contractId: string;
    balance: string;
    lastLogin: string;
    firstLogin: string;
    token: string;
    noToken: string;
    logout: string;
  };
  register: {
    title: string;
    authTitle: string;
    authInstruction: string;
    contractId: string;
    password: string;
    next: string;
    tokenTitle: string;
    tokenInstruction: string;
    credentialId: string;
    credentialIdHint: string;
    code: string;
    codeHint: string;
    submit: string;
    doneTitle: string;
    done: string;
    doneInstruction: string;
  };
  deactivate: {
    title: string;
    trail: [string, string, string];
    section: string;
    intro: string;
    authInstruction: string;
    contractId: string;
    password: string;
    next: string;
    back: string;
    otpInstruction: string;
    code: string;
    codeHint: string;
    stop: string;
    vendorMark: string;
    resultInstruction: string;
    done: (resultCode: string) => string;
  };
  /** Beside the field concerned (the login page's refusals are `Messages.errors`). */
  errors: Record<FlowErrorCode, string>;
  /**
   * `replayed-code` when the bank said how long until the token shows a code it will accept
   * (`retryInSeconds`; 0: the token shows one now). It replaces `errors['replayed-code']`.
   */
  replayedCode: (retryInSeconds: number) => string;
}
