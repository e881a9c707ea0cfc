/**
 * Every text a person reads, in one interface: `ja` (default; the guide's exact labels) and
 * `en` implement it, so a missing key fails `tsc`. Messages with parameters are functions.
 */
import type { CustomerErrorCode } from '../bank/codes.js';
import type { StorageFailure } from '../store/errors.js';
import type { HelpTopic } from '../router.js';

export type Locale = 'ja' | 'en';

/**
 * The refusals a customer meets on the login page, the first screen of every flow. The others (a
 * token's, a code's, a flow's, a session's) come only after it: FlowErrorCode (flow.ts).
 */
export type LoginErrorCode = Extract<
  CustomerErrorCode,
  | 'malformed-contract-id'
  | 'malformed-password'
  | 'malformed-request'
  | 'unknown-contract'
  | 'wrong-password'
  | 'locked'
>;

interface HelpPage {
  title: string;
  paragraphs: string[];
  /** Numbered steps, as the guide numbers them (①②③…). */
  steps?: string[];
}

/** Every help page of one language (src/i18n/help-ja.ts, help-en.ts): a missing page fails `tsc`. */
export type HelpPages = Record<HelpTopic, HelpPage>;

/**
 * The first visit's welcome (<rehearsal-welcome>): on the first screen, since a first visit
 * shows it above the login page at once.
 */
interface WelcomeMessages {
  title: string;
  /** What this is, and that it is not a real bank. */
  intro: string;
  customerTitle: string;
  contractId: string;
  password: string;
  copyContractId: string;
  copyPassword: string;
  contractIdCopied: string;
  passwordCopied: string;
  copyFailed: string;
  waysTitle: string;
  guided: string;
  guidedHint: string;
  free: string;
  freeHint: string;
  trainer: string;
  trainerHint: string;
  close: string;
}

export interface Messages {
  locale: Locale;
  common: {
    practiceMark: string;
    practiceNotice: string;
    defaultBankName: string;
    guideLink: string;
    copyright: string;
    loading: string;
    memoryStorage: (reason: string) => string;
    switchLanguage: string;
    bankTab: string;
    tokenTab: string;
    backToLogin: string;
    yen: (amount: number) => string;
    dateTime: (time: number) => string;
    /** Screen-reader text marking the current step in a trail. */
    currentStep: string;
    flowRestarted: string;
    signedOut: string;
    helpBack: string;
    /** The app bar's link to the bank counter (窓口). */
    counterLink: string;
    /** Opens the token panel alone in a second window ("the phone" on a projector). */
    tokenWindowOpen: string;
    /** That window's title. */
    tokenWindowTitle: string;
    /** The toggles of the trainer's tools, in the shell until a trainer first opens them. */
    trainerTools: string;
    guidedRehearsal: string;
    /**
     * A part loaded on first use (trainer's tools, software keyboard, help pages) could not be: a
     * hosted build gone offline before its service worker had cached everything.
     */
    loadFailed: string;
    /** A new version of the hosted app is installed and waits for this tab; the button switches to it. */
    updateReady: string;
    updateReload: string;
    /**
     * Storage failed during an operation (a StorageError, src/store/errors.ts), by its reason:
     * shown where it happened, with the reload button. Nothing of the operation was written.
     */
    storageFailed: Record<StorageFailure, string>;
    /** Anything else that went wrong unexpectedly (the shell's last resort), with the reload button. */
    unexpectedError: string;
    /** The button that reloads the page after either. */
    reload: string;
  };
  login: {
    title: string;
    intro: string;
    instruction: string;
    contractId: string;
    password: string;
    softwareKeyboard: string;
    keyboardUsage: string;
    submit: string;
    close: string;
    closeNotice: string;
    easyRegister: string;
    easyRegisterNotice: string;
    notes: string[];
    otpInfoLink: string;
    registerLink: string;
    deactivateLink: string;
  };
  /**
   * Beside the field concerned; `attemptsRemaining` after a wrong password or code. The login
   * page's refusals only: the rest come on the screens after it, whose texts carry them
   * (`FlowMessages.errors`, src/i18n/flow.ts).
   */
  errors: Record<LoginErrorCode, string>;
  attemptsRemaining: (count: number) => string;
  /**
   * After the guide's own sentence on a lock (`locked`, `credential-locked`, the try that locked):
   * what the bank counter is in this demo, the 窓口 link, where staff lift the lock.
   */
  lockedInDemo: string;
  welcome: WelcomeMessages;
  token: {
    panelLabel: string;
    intro: string;
    install: string;
    installMobile: string;
    installDesktop: string;
    noTokens: string;
    credentialId: string;
    securityCode: string;
    secondsLeft: (seconds: number) => string;
    copy: string;
    copied: string;
    uninstall: string;
    loseDevice: string;
    loseDeviceConfirm: string;
    uninstallConfirm: string;
    removed: (credentialId: string) => string;
    installed: (credentialId: string) => string;
    frozen: string;
    copyFailed: string;
    invalidSecret: string;
    cancel: string;
    installFailed: string;
    /**
     * Whose a token is in the demo, under its phone or window: the customer it is registered to
     * (their name as this language shows it), or nobody yet.
     */
    ownerMobile: (name: string) => string;
    ownerDesktop: (name: string) => string;
    notRegistered: string;
    /** "Your own phone as the token": the button of the disclosure with the token's otpauth:// URI and QR code (its content: own-phone.ts). */
    addToPhone: string;
  };
}
