/**
 * The texts of the trainer's tools (bank counter, trainer bar, guided rehearsal). They travel
 * with those tools in their own chunk of the build, not with the customer's screens, so a
 * customer's first screen loads less. `ja` and `en` implement it (tools-ja.ts, tools-en.ts), so a
 * missing key fails `tsc`; `toolMessagesFor` (tool-messages.ts) picks one.
 */
import type { BankErrorCode, StaffErrorCode } from '../bank/codes.js';
import type { AuditOperation } from '../bank/schema.js';
import type { HintKey, PartId, ProcedureId, RehearsalMode, StepKey, StepScreen } from '../rehearsal.js';
import type { ScenarioId } from '../scenarios.js';
import type { FlowErrorCode } from './flow.js';

/**
 * The refusals of a customer's screens after the login page that the counter's operations answer too
 * (a token ID reset, a token's unlock): their customer texts travel with those screens, not here.
 */
type CounterFlowErrorCode = Extract<
  FlowErrorCode,
  'malformed-credential-id' | 'unknown-credential' | 'no-token-registered'
>;

export interface ToolMessages {
  /**
   * Beside the field concerned: the answers only the bank counter's operations give, and those of a
   * customer's screens after the login page that the counter gives too, in the counter's words.
   */
  staffErrors: Record<StaffErrorCode | CounterFlowErrorCode, string>;
  counter: {
    title: string;
    intro: string;
    link: string;
    contractId: string;
    name: string;
    credentialId: string;
    state: string;
    failures: string;
    /** Above the bank's own state and failures columns. */
    bankColumns: string;
    /**
     * Above the registered token's state and failures at the validation service
     * (`CustomerSummary.credential`), beside the bank's: the same two columns.
     */
    credentialColumns: string;
    /** In those columns where no token is registered or the service does not know it. */
    credentialUnknown: string;
    active: string;
    locked: string;
    none: string;
    actions: string;
    resetToken: (contractId: string) => string;
    /** Asked before a token ID is reset: whose token, and what the customer must do next. */
    resetTokenConfirm: (contractId: string, credentialId: string) => string;
    resetTokenConfirmButton: string;
    cancel: string;
    unlock: (contractId: string) => string;
    tokenReset: (contractId: string) => string;
    unlocked: (contractId: string) => string;
    /** Staff unlock cleared the token's lock or count at the validation service too. */
    unlockedWithToken: (contractId: string, credentialId: string) => string;
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
  /** The trainer's tools (<trainer-bar>): for whoever runs the demo, not for the customer. */
  trainer: {
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
    /** Beside the demo time: running or stopped, and the speed. */
    clockState: (state: string, speed: string) => string;
    /** The clock's one button: it says what it does, stop while the clock runs, start while stopped. */
    freeze: string;
    resume: string;
    /** The group of −30 s and +30 s. */
    moveClock: string;
    back30: string;
    /**
     * Beside −30 s: a code already accepted stays refused after the clock goes back (the
     * validation service is time-forward only), without counting as a mistake.
     */
    usedCodesNote: string;
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
    /** The state with the wrong passwords or codes in a row that led towards it (a lock: the five). */
    stateWithFailures: (state: string, failures: number) => string;
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
    /** Where the person is: the part, and the step's place among all the procedure's steps. */
    progress: (part: string, step: number, total: number) => string;
    /** A step as the live region says it: its number where the guide numbers it, and its text. */
    numberedStep: (number: string | undefined, text: string) => string;
    /** The next step, announced: its part and the numbered step. */
    stepAnnouncement: (part: string, step: string) => string;
    /** A rehearsal begins: its title, the customer to play, and the first step (or the exam note). */
    startAnnouncement: (title: string, customer: string, first: string) => string;
    /** A rehearsal ends: its title, how it ended (`completed`, `stopped`), and its measures, shown. */
    summaryAnnouncement: (summary: {
      title: string;
      outcome: string;
      duration: string;
      mistakes: string;
      score?: string;
    }) => string;
    /** A mistake in the summary's list, and the step it was made on. */
    mistakeItem: (mistake: string, step: string) => string;
    /** Each step: the guide's wording, and what to do in this demo. */
    steps: Record<StepKey, { text: string; explain: (context: RehearsalContext) => string }>;
    goTo: (screen: string) => string;
    /** The control to use is in the view not shown (phone width): press the view's button first. */
    revealFirst: (button: string) => string;
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
