/**
 * Every text a person reads, in one interface: `ja` (default; the guide's exact labels) and
 * `en` implement it, so a missing key fails `tsc`. Messages with parameters are functions.
 */
import type { BankErrorCode } from '../bank/codes';
import type { AuditOperation } from '../bank/schema';
import type { HintKey, PartId, ProcedureId, RehearsalMode, StepKey, StepScreen } from '../rehearsal';
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
    /** "Your own phone as the token": the disclosure with the token's otpauth:// URI and QR code. */
    addToPhone: string;
    addToPhoneWarning: string;
    addToPhoneHowTo: string;
    addToPhoneClockMoved: string;
    qrLabel: string;
    uriLabel: string;
    copyUri: string;
    uriCopied: string;
    uriCopyFailed: string;
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
    /** The audit log (取引記録): every attempt, newest first, filtered and paged. */
    logTitle: string;
    logIntro: string;
    logCaption: string;
    filterCustomer: string;
    filterOperation: string;
    allCustomers: string;
    allOperations: string;
    /** A customer in the filter: contract ID and name. */
    customerOption: (contractId: string, name: string) => string;
    time: string;
    operation: string;
    result: string;
    logCredentialId: string;
    /** In place of the contract ID of an attempt that named none (a flow that had expired). */
    noContract: string;
    operations: Record<AuditOperation, string>;
    /** Short names of results for the log's table: `ok`, and each bank result code. */
    results: Record<'ok' | BankErrorCode, string>;
    /** The paging buttons' group. */
    pages: string;
    firstPage: string;
    previousPage: string;
    nextPage: string;
    lastPage: string;
    /** Shown beside the paging buttons: "51–100 / 1,234". */
    range: (first: number, last: number, total: number) => string;
    /** The same, as a sentence, for screen readers (announced politely on each page). */
    rangeSpoken: (first: number, last: number, total: number) => string;
    noEntries: string;
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
  /** The guided rehearsal (<guided-rehearsal>): the guide's procedures, step by step. */
  rehearsal: {
    toggle: string;
    intro: string;
    resetWarning: string;
    procedureLegend: string;
    procedures: Record<ProcedureId, { label: string; description: string }>;
    modeLegend: string;
    modes: Record<RehearsalMode, { label: string; description: string }>;
    start: string;
    setupFailed: string;
    title: (procedure: string, mode: string) => string;
    useCustomer: (contractId: string, password: string) => string;
    parts: Record<PartId, string>;
    /** How a step is named in a hint: its part, and its number where the guide numbers it. */
    stepLabel: (part: string, number?: string) => string;
    progress: (step: number, total: number) => string;
    /** Each step: the guide's wording, and what to do in this demo. */
    steps: Record<StepKey, { text: string; explain: (context: RehearsalContext) => string }>;
    goTo: (screen: string) => string;
    screens: Record<StepScreen, string>;
    hintTitle: string;
    /** What went wrong and how to recover, kindly. */
    hints: Record<HintKey, (context: RehearsalContext) => string>;
    /** A mistake in a few words, for the summary. */
    mistakeLabels: Record<HintKey, string>;
    examNote: string;
    stop: string;
    /** Folds the panel away to its title, and opens it again. */
    collapse: string;
    expand: string;
    summaryTitle: string;
    completed: string;
    stopped: string;
    duration: string;
    durationValue: (ms: number) => string;
    mistakes: string;
    mistakeCount: (count: number) => string;
    stepsDone: string;
    stepsValue: (done: number, total: number) => string;
    score: string;
    scoreValue: (score: number) => string;
    scoreRule: (penalty: number) => string;
    noMistakes: string;
    mistakeList: string;
    again: string;
    close: string;
  };
}

/** What the rehearsal's texts may name: the customer, the token, the step and its screen. */
export interface RehearsalContext {
  contractId: string;
  password: string;
  /** The step's token ID, as the app shows it (`SYMC 1234 5678`); empty when none is installed. */
  credentialId: string;
  /** The step to continue from, e.g. 利用登録の① (`stepLabel`). */
  step: string;
  /** The screen that step is on (`screens`). */
  screen: string;
}
