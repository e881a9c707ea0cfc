// English texts of the trainer's tools (see tools.ts).
import type { ToolMessages } from './tools.js';

export const enTools: ToolMessages = {
  staffErrors: {
    'malformed-name': 'Enter a name of up to 40 characters.',
    'malformed-balance': 'Enter the balance as a whole number of yen, 0 or more.',
    'weak-password': 'Use at least 8 characters, with at least one letter and one digit.',
    'contract-exists': 'This contract ID is already in use.',
    'not-locked': 'This customer is not locked.',
    'malformed-credential-id': 'Enter the token ID as 4 letters and 8 digits, for example SYMC 1234 5678.',
    'unknown-credential': 'This token ID is not known to the service.',
    'no-token-registered': 'This customer has no one-time password token registered.',
  },
  counter: {
    title: 'Bank counter (staff)',
    intro:
      'What branch staff see when a customer calls. If a broken or lost device prevents deactivation, reset the token ID; unlock a locked customer.',
    link: 'Bank counter',
    contractId: 'Contract ID',
    name: 'Name',
    credentialId: 'Registered token ID',
    state: 'State',
    failures: 'Failures in a row',
    bankColumns: 'Bank',
    credentialColumns: 'Token (validation service)',
    credentialUnknown: '—',
    active: 'Active',
    locked: 'Locked',
    none: 'None',
    actions: 'Actions',
    resetToken: (contractId) => `Reset the token ID of ${contractId}`,
    resetTokenConfirm: (contractId, credentialId) =>
      `Reset the token ID ${credentialId} registered for ${contractId}? The customer will then register a new token.`,
    resetTokenConfirmButton: 'Reset',
    cancel: 'Cancel',
    unlock: (contractId) => `Unlock ${contractId}`,
    tokenReset: (contractId) => `The token ID of ${contractId} was reset. A new token can now be registered.`,
    unlocked: (contractId) => `${contractId} is unlocked.`,
    unlockedWithToken: (contractId, credentialId) =>
      `${contractId} is unlocked, and so is token ${credentialId} at the validation service.`,
    logTitle: 'Audit log',
    logIntro:
      'Every attempt, successful or not, newest first. Passwords and one-time passwords are never recorded.',
    logCaption: 'Audit log, newest first',
    filterCustomer: 'Customer',
    filterOperation: 'Operation',
    allCustomers: 'All customers',
    allOperations: 'All operations',
    customerOption: (contractId, name) => `${contractId} (${name})`,
    time: 'Time',
    operation: 'Operation',
    result: 'Result',
    logCredentialId: 'Token ID',
    noContract: 'Unknown',
    operations: {
      login: 'Login',
      'login-otp': 'Login, one-time password',
      'register-auth': 'Registration, sign-in',
      'register-token': 'Registration, token',
      'deactivate-auth': 'Deactivation, sign-in',
      'deactivate-token': 'Deactivation, one-time password',
      logout: 'Logout',
      'staff-reset-token': 'Counter: token ID reset',
      'staff-unlock': 'Counter: unlock',
      'customer-added': 'Customer added',
    },
    results: {
      ok: 'Success',
      'malformed-contract-id': 'Malformed contract ID',
      'malformed-password': 'Malformed password',
      'malformed-credential-id': 'Malformed token ID',
      'malformed-code': 'One-time password not 6 digits',
      'malformed-name': 'Malformed name',
      'malformed-balance': 'Malformed balance',
      'weak-password': 'Weak password',
      'malformed-request': 'Malformed request',
      'unknown-contract': 'Unknown contract ID',
      'wrong-password': 'Wrong password',
      locked: 'Locked',
      'token-already-registered': 'Token already registered',
      'no-token-registered': 'No token registered',
      'unknown-credential': 'Unknown token ID',
      'credential-bound-elsewhere': "Another customer's token ID",
      'credential-removed': 'Token removed by a reset',
      'credential-locked': 'Token blocked',
      'wrong-code': 'Wrong one-time password',
      'replayed-code': 'One-time password already used',
      'flow-expired': 'Procedure expired',
      'not-signed-in': 'Not logged in',
      'contract-exists': 'Contract ID in use',
      'not-locked': 'Not locked',
    },
    pages: 'Audit log pages',
    firstPage: 'First',
    previousPage: 'Previous',
    nextPage: 'Next',
    lastPage: 'Last',
    range: (first, last, total) =>
      `${first.toLocaleString('en-US')}–${last.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`,
    rangeSpoken: (first, last, total) =>
      `Showing entries ${first.toLocaleString('en-US')} to ${last.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}.`,
    noEntries: 'No matching entries.',
  },
  trainer: {
    intro: 'For whoever runs the session. A customer rehearsing needs none of this.',
    reset: 'Reset the demo',
    resetConfirm: 'Put every customer, token and log back to the start? Customers you added will be removed.',
    resetConfirmButton: 'Reset',
    cancel: 'Cancel',
    resetDone: 'The demo is back at its start.',
    scenariosTitle: 'Scenarios',
    scenarios: {
      'fresh-customer': {
        label: 'New customer',
        hint: 'No one-time password registered and no app installed. Install the app, then register it through "ワンタイムパスワードの利用登録はこちら" (Register for one-time passwords).',
      },
      'token-registered': {
        label: 'Token registered',
        hint: 'After the login, enter the one-time password the token shows.',
      },
      'locked-customer': {
        label: 'Locked customer',
        hint: 'The login is refused. Unlock the customer at the bank counter, then log in again.',
      },
      'device-lost': {
        label: 'Lost device',
        hint: 'The app went with the device, but the bank still has the token registered. Reset the token ID at the bank counter, then register a new app.',
      },
      'code-expiring': {
        label: 'Code about to change',
        hint: 'Starts at the one-time password screen. The one-time password changes in 3 seconds; just after it changes, the previous one is still accepted.',
      },
    },
    scenarioApplied: (label) => `Scenario "${label}" is ready.`,
    loginWith: (contractId, password) => `Log in with contract ID ${contractId} and password ${password}.`,
    failed: 'That did not work. Please try again.',
    clockTitle: 'Demo time',
    clockNow: 'Demo time (Japan)',
    frozen: 'stopped',
    running: 'running',
    speed: (factor) => `speed ×${factor}`,
    clockState: (state, speed) => `(${state} · ${speed})`,
    freeze: 'Stop the clock',
    resume: 'Start the clock',
    moveClock: 'Shift the clock',
    back30: '−30 s',
    usedCodesNote:
      'One-time passwords already used stay refused after the clock goes back (not counted as mistakes): wait for a new one.',
    forward30: '+30 s',
    speedGroup: 'Clock speed',
    resetClock: 'Back to the current time',
    customersTitle: 'Demo customers',
    contractId: 'Contract ID',
    password: 'Login password',
    name: 'Name',
    balance: 'Balance',
    token: 'Token',
    state: 'State',
    registered: 'registered',
    notRegistered: 'not registered',
    locked: 'locked',
    active: 'active',
    stateWithFailures: (state, failures) =>
      `${state} (${failures} ${failures === 1 ? 'failure' : 'failures'} in a row)`,
    unknownPassword: 'not known',
    copy: 'Copy',
    copyContractId: (contractId) => `Copy contract ID ${contractId}`,
    copyPassword: (contractId) => `Copy the password of ${contractId}`,
    copiedContractId: (contractId) => `Contract ID ${contractId} copied.`,
    copiedPassword: (contractId) => `Password of ${contractId} copied.`,
    copyFailed: 'Could not copy. Read it out from the table instead.',
    addTitle: 'Add a customer',
    addNote: 'The password of a customer added here shows in the table only while this page is open.',
    add: 'Add',
    added: (contractId) => `Customer ${contractId} added.`,
    presenter: 'Presenter mode',
  },
  rehearsal: {
    intro:
      "Choose a procedure: the rehearsal follows the guide's numbered steps (①②③…), pointing at the control to use next and explaining it.",
    resetWarning: "Starting puts the demo's customers and tokens in the state the rehearsal needs.",
    procedureLegend: 'Procedure to rehearse',
    procedures: {
      registration: {
        label: 'Register for one-time passwords',
        description: 'A customer new to one-time passwords: install the app, then register it (steps ①–⑧).',
      },
      'login-otp': {
        label: 'Log in with a one-time password',
        description:
          'A customer with a registered token: contract ID and password, then the one-time password (steps ①–⑤).',
      },
      deactivation: {
        label: 'Stop using one-time passwords',
        description:
          "A customer with a registered token stops it, proving it with the token's one-time password (steps ①–⑦).",
      },
      'change-token': {
        label: 'Change tokens',
        description:
          "Move from the phone's token to a PC token. A new app has a new token ID, so stop the old one first, then register the new token ID.",
      },
      'device-lost': {
        label: 'Lost or broken device',
        description:
          'The phone with the token is lost. Staff at the bank counter reset the token ID; then register a new app.',
      },
    },
    modeLegend: 'How to rehearse',
    modes: {
      guided: {
        label: 'Guided',
        description:
          'The next control to use is outlined and explained; after a mistake you are told how to recover.',
      },
      exam: {
        label: 'Exam',
        description: 'No hints, no outline. At the end: time taken, mistakes and a score.',
      },
    },
    start: 'Start rehearsal',
    setupFailed: 'The rehearsal could not be set up. Please try again.',
    title: (procedure, mode) => `${procedure} (${mode})`,
    useCustomer: (contractId, password) =>
      `In this rehearsal, use contract ID ${contractId} and login password ${password}.`,
    parts: {
      install: 'Getting the app',
      registration: 'Registration',
      login: 'Login',
      deactivation: 'Stopping',
      counter: 'At the bank counter',
    },
    stepLabel: (part, number) => (number ? `${part} ${number}` : part),
    progress: (part, step, total) => `${part} · Step ${step} of ${total}`,
    numberedStep: (number, text) => (number ? `${number} ${text}` : text),
    stepAnnouncement: (part, step) => `${part}: ${step}`,
    startAnnouncement: (title, customer, first) => `${title}. ${customer} ${first}`,
    summaryAnnouncement: ({ title, outcome, duration, mistakes, score }) =>
      `Your result: ${title}. ${outcome} Time taken: ${duration}. Mistakes: ${mistakes}.${
        score === undefined ? '' : ` Score: ${score}.`
      }`,
    mistakeItem: (mistake, step) => `${mistake} (${step})`,
    steps: {
      'install-mobile': {
        text: 'Get the soft token "VIP Access for Mobile".',
        explain: () =>
          'In the Soft token panel, press "Install VIP Access for Mobile". (For real, you install the app on your phone.)',
      },
      'install-desktop': {
        text: 'Get the new soft token "VIP Access Desktop".',
        explain: () =>
          'In the Soft token panel, press "Install VIP Access Desktop". The new app has a new token ID.',
      },
      'reg-link': {
        text: 'On the login screen, click "Register for one-time passwords here" (ワンタイムパスワードの利用登録はこちら).',
        explain: () => 'The link is near the bottom of the login screen.',
      },
      'ib-contract-id': {
        text: 'Enter your internet banking contract ID (契約者 ID).',
        explain: ({ contractId }) => `In this rehearsal: ${contractId}.`,
      },
      'ib-password': {
        text: 'Enter your internet banking login password (ログインパスワード).',
        explain: ({ password }) => `In this rehearsal: ${password}. Upper and lower case letters differ.`,
      },
      next: {
        text: 'Click "Next" (次へ).',
        explain: () => 'The bank checks your contract ID and password.',
      },
      'reg-credential-id': {
        text: 'Open the soft token app and enter its token ID (トークン ID).',
        explain: ({ credentialId }) =>
          `Type the token ID the app shows (${credentialId}). The mobile app may call it "Credential ID".`,
      },
      'reg-code': {
        text: 'Enter the one-time password (ワンタイムパスワード).',
        explain: () =>
          'Type the six digits the app shows. They change every 30 seconds: type the ones shown now.',
      },
      'reg-submit': {
        text: 'Click "Register" (登録).',
        explain: () => 'The bank checks the token ID and the one-time password, and registers the token.',
      },
      'reg-finish': {
        text: 'Click "Back to login" (ログイン画面に戻る) to show the login screen.',
        explain: () => 'Registration is done. From your next login, you also enter a one-time password.',
      },
      'login-contract-id': {
        text: 'Enter your contract ID (契約者 ID).',
        explain: ({ contractId }) => `In this rehearsal: ${contractId}.`,
      },
      'login-password': {
        text: 'Enter your login password (ログインパスワード).',
        explain: ({ password }) => `In this rehearsal: ${password}. Upper and lower case letters differ.`,
      },
      'login-submit': {
        text: 'Click "Login" (ログイン).',
        explain: () => 'A token is registered, so the one-time password screen follows.',
      },
      'login-code': {
        text: 'Enter the one-time password the soft token shows.',
        explain: () =>
          'The six digits in the app in the Soft token panel. They change every 30 seconds: type the ones shown now.',
      },
      'login-confirm': {
        text: 'Click "Confirm" (確認).',
        explain: () =>
          'If the one-time password is right, you are logged in. One used once cannot be used again.',
      },
      'deact-link': {
        text: 'On the login screen, click "Stop using one-time passwords here" (ワンタイムパスワードの利用停止はこちら).',
        explain: () => 'The link is near the bottom of the login screen.',
      },
      'deact-code': {
        text: 'Enter the one-time password (ワンタイムパスワード).',
        explain: ({ credentialId }) =>
          `Type the six digits your registered token (${credentialId}) shows now.`,
      },
      'deact-stop': {
        text: 'Click "Stop" (停止).',
        explain: () => "The bank checks the one-time password and removes the token's registration.",
      },
      'deact-finish': {
        text: 'Click "Back to login" (ログイン画面に戻る) to show the login screen.',
        explain: () =>
          'One-time passwords are stopped. From now on you log in with contract ID and password alone.',
      },
      'counter-open': {
        text: 'Call the bank counter and ask them to reset your token ID.',
        explain: () => 'In this rehearsal you also play the staff: open "Bank counter" at the top.',
      },
      'counter-reset': {
        text: 'Staff reset the registered token ID.',
        explain: ({ contractId }) =>
          `As the staff, press "Reset the token ID of ${contractId}", then "Reset" when asked to confirm.`,
      },
      'counter-back': {
        text: 'As the customer, go back to the login screen.',
        explain: () => 'Press "Back to login". Next, you register a new app.',
      },
    },
    goTo: (screen) => `This step is on the "${screen}" screen.`,
    revealFirst: (button) => `The screen is narrow: press "${button}" at the top first to show it.`,
    screens: {
      login: 'Login',
      'login-otp': 'One-time password authentication',
      'register-auth': 'Registration details, screen 1',
      'register-token': 'Registration details, screen 2',
      'register-done': 'Registration complete',
      'deactivate-auth': 'Stopping: user authentication',
      'deactivate-otp': 'Stopping: one-time password',
      'deactivate-done': 'Stopping: result',
      counter: 'Bank counter (staff)',
    },
    hintTitle: 'How to recover',
    hints: {
      credentials: ({ contractId, password }) =>
        `The contract ID or the password seems wrong. In this rehearsal they are ${contractId} and ${password}. Check upper and lower case, and type them again.`,
      'credential-id': () =>
        'The token ID seems wrong. Type the four letters and eight digits the app shows (like SYMC 1234 5678).',
      'credential-bound': () =>
        'That token ID is registered to another customer. Type the token ID of the app you installed in this rehearsal.',
      'code-format': () => 'A one-time password is six digits. Type the digits the app shows.',
      'wrong-code': () =>
        'The one-time password changes every 30 seconds: type the one the app shows now. If it is about to change, wait for the new one and type that.',
      'replayed-code': () =>
        'That one-time password was already used. Wait for the next one (up to 30 seconds) and type it.',
      'already-registered': () =>
        'This customer still has a token registered. To change tokens, stop it first; if the device is lost, the bank counter resets it first.',
      'not-registered': () => 'This customer has no token registered. Check the steps and try again.',
      locked: () =>
        'Too many wrong entries: the customer is suspended. For real, you would call the bank counter. Press "Stop" and start the rehearsal again.',
      'flow-expired': ({ step }) => `The procedure was interrupted. Start again from ${step}.`,
      refused: () => 'The bank did not accept that. Read its message on the screen and try again.',
      'wrong-screen': ({ screen, step }) =>
        `You moved to another screen — no harm done. Go back to the "${screen}" screen and continue from ${step}. ("Back to login", "Back", or "Log out" when logged in, take you there.)`,
      restart: ({ step }) =>
        `You left the procedure part-way — no harm done: nothing is ever half registered. Start again from ${step}.`,
      'other-action': ({ step }) =>
        `That is not a step of this procedure. Go back to ${step} and continue. (If you are logged in, press "Log out".)`,
      'token-removed': () =>
        'You removed the app with the token, so there is no one-time password to type any more. Press "Stop" and start the rehearsal again.',
      'old-token': ({ step }) =>
        `You registered the old token ID again. To register the new app\'s token ID instead, continue from ${step}.`,
    },
    mistakeLabels: {
      credentials: 'Wrong contract ID or password',
      'credential-id': 'Wrong token ID',
      'credential-bound': "Another customer's token ID",
      'code-format': 'One-time password not six digits',
      'wrong-code': 'Wrong one-time password',
      'replayed-code': 'One-time password already used',
      'already-registered': 'A token was still registered',
      'not-registered': 'No token registered',
      locked: 'Suspended (locked)',
      'flow-expired': 'Procedure interrupted',
      refused: 'Not accepted',
      'wrong-screen': 'Went to another screen',
      restart: 'Left the procedure part-way',
      'other-action': 'A step of another procedure',
      'token-removed': 'Removed the token app',
      'old-token': 'Registered the old token ID',
    },
    examNote: "No hints in an exam: follow the guide's steps. The result shows when you are done.",
    stop: 'Stop',
    collapse: 'Hide',
    expand: 'Show',
    summaryTitle: 'Your result',
    completed: 'You reached the last step. Well done.',
    stopped: 'Stopped before the end.',
    duration: 'Time taken',
    durationValue: (ms) => {
      const seconds = Math.round(ms / 1000);
      const minutes = Math.floor(seconds / 60);
      return minutes > 0 ? `${minutes} min ${seconds % 60} s` : `${seconds} s`;
    },
    mistakes: 'Mistakes',
    mistakeCount: (count) => String(count),
    stepsDone: 'Steps done',
    stepsValue: (done, total) => `${done} of ${total}`,
    score: 'Score',
    scoreValue: (score) => `${score} / 100`,
    scoreRule: (penalty) => `100, less ${penalty} for each mistake.`,
    noMistakes: 'No mistakes.',
    mistakeList: 'Where it went wrong',
    again: 'Try again',
    close: 'Close',
  },
};
