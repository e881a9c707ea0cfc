/**
 * English, for customers rehearsing in English. Where a label names a Japanese screen element,
 * the Japanese stays beside it in a few places so the English rehearsal still prepares a person
 * for the real (Japanese) bank.
 */
import type { Messages } from './messages';

const yen = new Intl.NumberFormat('en-US');
const dateTime = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'Asia/Tokyo',
  timeZoneName: 'short',
});

const keyboardUsage = [
  'Click (or tap) the keys on the screen to type your login password.',
  'Because no physical key is pressed, spyware that records keystrokes (a keylogger) cannot read what you type. It does not protect against screen recording.',
  '"Upper/lower case" switches the letters. "Delete one" removes the last character, "Clear all" removes everything.',
  'Press "Done" when finished. "Close" discards what you typed on the on-screen keyboard.',
  'With "Shuffle keys" on, the keys change places after every character, as some banks do.',
];

export const en: Messages = {
  locale: 'en',
  languageName: 'English',
  common: {
    practiceMark: 'Practice demo',
    practiceNotice: 'This is a practice demo, not a real bank. Nothing you type leaves this browser.',
    defaultBankName: 'Mirai Practice Shinkin Bank',
    guideLink: 'Help for this page',
    copyright: 'All content on this website is protected by copyright.',
    loading: 'Loading…',
    memoryStorage: (reason) =>
      `This browser cannot keep data, so a reload starts the demo afresh. (${reason})`,
    switchLanguage: 'Language',
    bankTab: 'Bank',
    tokenTab: 'Token',
    backToLogin: 'Back to login',
    yen: (amount) => `¥${yen.format(amount)}`,
    dateTime: (time) => dateTime.format(time),
    currentStep: '(current step)',
    flowRestarted:
      'A step in the middle of a procedure cannot be shown after a reload or the Back/Forward buttons, so this is its first screen. Start again from here if you need to.',
    signedOut: 'You have logged out.',
    helpBack: 'Back to the page',
    counterLink: 'Bank counter',
  },
  login: {
    title: 'Login',
    intro: 'Log in to internet banking.',
    instruction: '■ Enter your contract ID (user number) and login password, then press "Login".',
    contractId: 'Contract ID (user number)',
    password: 'Login password',
    softwareKeyboard: 'Use the software keyboard',
    keyboardUsage: '(how to use)',
    submit: 'Login',
    close: 'Close',
    closeNotice: 'This practice demo does not close the window. Close the browser tab to finish.',
    easyRegister: 'Easy registration',
    easyRegisterNotice:
      'The "Easy registration" button works in Internet Explorer only. (It is not available in this demo.)',
    notes: [
      '■ Letters are case-sensitive.',
      '■ Do not use the browser\'s "Back" and "Forward" buttons.',
      '■ Depending on your OS, browser and text size, the layout may shift slightly. This does not affect your transactions.',
      '■ The "Easy registration" button works in Internet Explorer only.',
    ],
    otpInfoLink: 'About one-time passwords',
    registerLink: 'Register for one-time passwords here',
    deactivateLink: 'Stop using one-time passwords here',
  },
  loginOtp: {
    title: 'One-time password authentication',
    instruction: 'Enter the one-time password shown on your soft token, then press "Confirm".',
    code: 'One-time password',
    codeHint: '(Enter the digits shown on your token. (They change every 30 seconds.))',
    submit: 'Confirm',
  },
  account: {
    title: 'Your account',
    welcome: (name) => `Welcome, ${name}`,
    contractId: 'Contract ID',
    balance: 'Ordinary deposit balance',
    lastLogin: 'Previous login',
    firstLogin: 'This is your first login',
    token: 'One-time password',
    noToken: 'Not registered',
    logout: 'Log out',
  },
  register: {
    title: 'One-time password registration',
    authTitle: 'Registration details, screen 1',
    authInstruction: 'Enter your internet banking contract ID and login password, then click "Next".',
    contractId: 'Contract ID',
    password: 'Login password',
    next: 'Next',
    tokenTitle: 'Registration details, screen 2',
    tokenInstruction:
      'Open your soft token app, enter its token ID and one-time password, then click "Register".',
    credentialId: 'Token ID',
    credentialIdHint: 'The mobile app may call it "Credential ID".',
    code: 'One-time password',
    codeHint: '(Enter the digits shown on your token. (They change every 30 seconds.))',
    submit: 'Register',
    doneTitle: 'Registration complete',
    done: 'Your one-time password registration is complete.',
    doneInstruction: 'Click "Back to login" to return to the login screen.',
  },
  deactivate: {
    title: 'Stop using one-time passwords',
    trail: ['User authentication', 'One-time password', 'Result'],
    section: 'Stop using',
    intro: 'You are about to stop using one-time passwords.',
    authInstruction: 'Enter your contract ID and login password, then press "Next".',
    contractId: 'Contract ID',
    password: 'Login password',
    next: 'Next',
    back: 'Back',
    otpInstruction: 'Enter your one-time password, then press "Stop".',
    code: 'One-time password',
    codeHint: '(Enter the digits shown on your token. (They change every 30 seconds.))',
    stop: 'Stop',
    vendorMark: 'Validation & ID Protection (practice mark)',
    resultInstruction: 'Press "Back to login".',
    done: (resultCode) => `One-time passwords have been stopped. (${resultCode})`,
  },
  errors: {
    'malformed-contract-id': 'Enter your contract ID as 4 to 16 digits.',
    'malformed-password': 'Enter your login password: 6 to 32 letters, digits or symbols (no spaces).',
    'malformed-credential-id': 'Enter the token ID as 4 letters and 8 digits (for example SYMC 1234 5678).',
    'malformed-code': 'Enter the one-time password as 6 digits.',
    'malformed-name': 'Enter a name of up to 40 characters.',
    'malformed-balance': 'Enter the balance as a whole number of yen, 0 or more.',
    'weak-password': 'Use at least 8 characters, with at least one letter and one digit.',
    'unknown-contract': 'The contract ID or login password is incorrect.',
    'wrong-password': 'The contract ID or login password is incorrect.',
    locked: 'Too many incorrect attempts: this service is suspended. Please contact your branch.',
    'token-already-registered':
      'A token is already registered. To change tokens, stop using one-time passwords first, then register the new token.',
    'no-token-registered': 'No one-time password token is registered.',
    'unknown-credential': 'This token ID is not valid. Check the token ID shown in your app.',
    'credential-bound-elsewhere': 'This token ID is registered to another customer and cannot be registered.',
    'credential-locked':
      'This token is temporarily blocked after repeated wrong codes. Please contact your branch.',
    'wrong-code': 'Invalid security code. Try again.',
    'replayed-code': 'This one-time password has already been used. Wait for the next one to appear.',
    'flow-expired': 'Too much time has passed or the procedure was interrupted. Please start again.',
    'not-signed-in':
      'You are not logged in, or you were logged out after a period of inactivity. Please log in again.',
    'contract-exists': 'This contract ID is already in use.',
    'not-locked': 'This customer is not locked.',
  },
  attemptsRemaining: (count) =>
    count > 0
      ? `${count} more incorrect ${count === 1 ? 'attempt' : 'attempts'} will suspend the service.`
      : 'The service is now suspended. Please contact your branch.',
  keyboard: {
    title: 'Software keyboard',
    usageTitle: 'How to use the software keyboard',
    usage: keyboardUsage,
    shift: 'Upper/lower case',
    upperCase: 'upper case',
    lowerCase: 'lower case',
    backspace: 'Delete one',
    clear: 'Clear all',
    done: 'Done',
    close: 'Close',
    shuffle: 'Shuffle keys',
    typed: (count) => `${count} ${count === 1 ? 'character' : 'characters'} typed`,
  },
  token: {
    panelLabel: 'Soft token',
    intro: 'Stands in for the app on your phone or PC.',
    install: 'Install an app',
    installMobile: 'Install VIP Access for Mobile',
    installDesktop: 'Install VIP Access Desktop',
    noTokens: 'No app installed.',
    credentialId: 'Credential ID',
    securityCode: 'Security code',
    secondsLeft: (seconds) => `${seconds} s left`,
    copy: 'Copy',
    copied: 'Security code copied',
    uninstall: 'Uninstall',
    loseDevice: 'Lose this device',
    loseDeviceConfirm:
      'Pretend this device is lost? The app disappears, but the bank still has it registered (staff must reset it).',
    uninstallConfirm: 'Uninstall this app? The bank still has it registered.',
    removed: (credentialId) => `The app with ${credentialId} is gone.`,
    installed: (credentialId) => `Installed ${credentialId}.`,
    frozen: 'Time is frozen',
    copyFailed: 'Could not copy. Please type the digits shown.',
    invalidSecret: 'The secret key is not valid, so no security code can be shown.',
    cancel: 'Cancel',
    installFailed: 'The app could not be installed. Please try again.',
    addToPhone: 'Add to an app on your phone',
    addToPhoneWarning:
      'This is a practice (demo) secret. Never use it for a real account. Remove it from the app on your phone when you have finished practising.',
    addToPhoneHowTo:
      'Scan this QR code with an authenticator app on your phone (Google Authenticator, for example): it then shows the same security codes as this token, and you can log in to the demo bank with them.',
    addToPhoneClockMoved:
      'Time in this demo is frozen or moved: codes from your phone may be refused until it is set back to the current time.',
    qrLabel: 'QR code that adds this token to an authenticator app',
    uriLabel: 'URI (what the QR code holds)',
    copyUri: 'Copy URI',
    uriCopied: 'URI copied',
    uriCopyFailed: 'Could not copy. Please select the URI and copy it.',
  },
  help: {
    login: {
      title: 'Help: login',
      paragraphs: ['Log in with your contract ID (user number) and login password.'],
      steps: [
        '① Enter your contract ID.',
        '② Enter your login password.',
        '③ Click "Login".',
        'If you have registered a one-time password, the one-time password screen follows.',
      ],
    },
    'login-otp': {
      title: 'Help: one-time password authentication',
      paragraphs: [
        'The one-time password changes every 30 seconds. A code that has been used cannot be used again.',
      ],
      steps: ['④ Enter the one-time password shown on your soft token.', '⑤ Click "Confirm".'],
    },
    account: {
      title: 'Help: your account',
      paragraphs: ['This is the account of the logged-in customer. Press "Log out" when you are done.'],
    },
    'register-auth': {
      title: 'Help: registration details, screen 1',
      paragraphs: ['No application is needed, and there is no fee.'],
      steps: [
        '② Enter your internet banking contract ID.',
        '③ Enter your internet banking login password.',
        '④ Click "Next".',
      ],
    },
    'register-token': {
      title: 'Help: registration details, screen 2',
      paragraphs: ['The token ID is unique to each installed app.'],
      steps: [
        '⑤ Open the soft token app and enter its token ID. (The mobile app may call it "Credential ID".)',
        '⑥ Enter the one-time password.',
        '⑦ Click "Register".',
      ],
    },
    'register-done': {
      title: 'Help: registration complete',
      paragraphs: ['From your next login, you will also enter a one-time password.'],
      steps: ['⑧ Click "Back to login" to show the login screen.'],
    },
    'deactivate-auth': {
      title: 'Help: stopping one-time passwords, authentication',
      paragraphs: [
        'To change tokens, stop using one-time passwords first, then register with the new token ID.',
      ],
      steps: [
        '② Enter your internet banking contract ID.',
        '③ Enter your internet banking login password.',
        '④ Click "Next".',
      ],
    },
    'deactivate-otp': {
      title: 'Help: stopping one-time passwords, one-time password',
      paragraphs: ['Stopping needs the one-time password shown on the token you registered.'],
      steps: ['⑤ Enter the one-time password.', '⑥ Click "Stop".'],
    },
    'deactivate-done': {
      title: 'Help: stopping one-time passwords, result',
      paragraphs: ['From now on you log in with your contract ID and login password only.'],
      steps: ['⑦ Click "Back to login" to show the login screen.'],
    },
    'otp-info': {
      title: 'About one-time passwords',
      paragraphs: [
        'A one-time password is a 6-digit number that changes every 30 seconds. Entered together with your login password, it protects your account from unauthorised logins.',
        'No application is needed and there is no fee. It works in the browser of a PC or smartphone.',
        'There are two soft tokens: "VIP Access for Mobile" for smartphones and other mobile devices, and "VIP Access Desktop" for PCs.',
        'The token ID is unique to each installed app. To change tokens, stop using one-time passwords first, then register with the new token ID.',
        'If the device with your token is broken or lost before you could stop using it, contact your branch: staff reset the registered token ID.',
      ],
    },
    keyboard: {
      title: 'How to use the software keyboard',
      paragraphs: keyboardUsage,
    },
  },
};
