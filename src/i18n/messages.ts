/**
 * Every text a person reads, in one interface: `ja` (default; the guide's exact labels) and
 * `en` implement it, so a missing key fails `tsc`. Messages with parameters are functions.
 */
import type { BankErrorCode } from '../bank/codes';
import type { ScenarioId } from '../scenarios';

export type Locale = 'ja' | 'en';

/** The screens that have a help page (このページのご利用ガイド). */
export type HelpTopic =
  | 'login'
  | 'login-otp'
  | 'account'
  | 'register-auth'
  | 'register-token'
  | 'register-done'
  | 'deactivate-auth'
  | 'deactivate-otp'
  | 'deactivate-done'
  | 'otp-info'
  | 'keyboard';

export interface HelpPage {
  title: string;
  paragraphs: string[];
  /** Numbered steps, as the guide numbers them (①②③…). */
  steps?: string[];
}

export interface Messages {
  locale: Locale;
  /** The language's own name, on the switch that selects it. */
  languageName: string;
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
  /** Beside the field concerned; `attemptsRemaining` after a wrong password or code. */
  errors: Record<BankErrorCode, string>;
  attemptsRemaining: (count: number) => string;
  keyboard: {
    title: string;
    usageTitle: string;
    usage: string[];
    shift: string;
    /** Spoken after a letter key's name, so "A" and "a" sound different. */
    upperCase: string;
    lowerCase: string;
    backspace: string;
    clear: string;
    done: string;
    close: string;
    shuffle: string;
    /** What the field shows instead of the typed characters. */
    typed: (count: number) => string;
  };
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
  };
  counter: {
    title: string;
    intro: string;
    link: string;
    contractId: string;
    name: string;
    credentialId: string;
    state: string;
    failures: string;
    active: string;
    locked: string;
    none: string;
    actions: string;
    resetToken: (contractId: string) => string;
    unlock: (contractId: string) => string;
    tokenReset: (contractId: string) => string;
    unlocked: (contractId: string) => string;
  };
  help: Record<HelpTopic, HelpPage>;
  /** The trainer's tools (<trainer-bar>): for whoever runs the demo, not for the customer. */
  trainer: {
    toggle: string;
    intro: string;
    reset: string;
    resetConfirm: string;
    resetConfirmButton: string;
    cancel: string;
    resetDone: string;
    scenariosTitle: string;
    /** Each scenario's button, and what the person will meet. */
    scenarios: Record<ScenarioId, { label: string; hint: string }>;
    scenarioApplied: (label: string) => string;
    loginWith: (contractId: string, password: string) => string;
    failed: string;
    clockTitle: string;
    clockNow: string;
    frozen: string;
    running: string;
    speed: (factor: number) => string;
    freeze: string;
    moveClock: string;
    back30: string;
    forward30: string;
    speedGroup: string;
    resetClock: string;
    customersTitle: string;
    contractId: string;
    password: string;
    name: string;
    balance: string;
    token: string;
    state: string;
    registered: string;
    notRegistered: string;
    locked: string;
    active: string;
    /** Read out instead of "—" where a password is not known. */
    unknownPassword: string;
    copy: string;
    copyContractId: (contractId: string) => string;
    copyPassword: (contractId: string) => string;
    copiedContractId: (contractId: string) => string;
    copiedPassword: (contractId: string) => string;
    copyFailed: string;
    addTitle: string;
    addNote: string;
    add: string;
    added: (contractId: string) => string;
    presenter: string;
  };
}
