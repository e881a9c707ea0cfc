/**
 * English, for customers rehearsing in English. Where a label names a Japanese screen element,
 * the Japanese stays beside it in a few places so the English rehearsal still prepares a person
 * for the real (Japanese) bank.
 */
import { onFirstUse } from '../lazy.js';
import type { Messages } from './messages.js';

// Made on first use, as in ja.ts.
const yen = onFirstUse(() => new Intl.NumberFormat('en-US'));
const dateTime = onFirstUse(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZone: 'Asia/Tokyo',
      timeZoneName: 'short',
    }),
);

export const en: Messages = {
  locale: 'en',
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
    yen: (amount) => `¥${yen().format(amount)}`,
    dateTime: (time) => dateTime().format(time),
    currentStep: '(current step)',
    flowRestarted:
      'A step in the middle of a procedure cannot be shown after a reload or the Back/Forward buttons, so this is its first screen. Start again from here if you need to.',
    signedOut: 'You have logged out.',
    helpBack: 'Back to the page',
    counterLink: 'Bank counter',
    tokenWindowOpen: 'Open the token in its own window',
    tokenWindowTitle: 'Soft token',
    trainerTools: 'Trainer tools',
    guidedRehearsal: 'Guided rehearsal',
    loadFailed: 'This part of the demo could not be loaded. Connect to the network and reload the page.',
    updateReady: 'A new version is ready.',
    updateReload: 'Reload',
    storageFailed: {
      'newer-version':
        'A newer version of the demo was opened in another tab, so this page cannot go on. Press Reload.',
      deleted:
        "This demo's data was deleted (the browser's site data cleared, say). Press Reload to start afresh.",
      closed: 'The connection to the stored data was lost. Press Reload.',
      quota:
        "The browser's storage is full, so nothing was saved and the operation did not take place. Free some space, then press Reload.",
      failed: 'The data could not be saved, so the operation did not take place. Press Reload.',
    },
    unexpectedError: 'Something unexpected went wrong. Press Reload.',
    reload: 'Reload',
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
  errors: {
    'malformed-contract-id': 'Enter your contract ID as 4 to 16 digits.',
    'malformed-password': 'Enter your login password: 6 to 32 letters, digits or symbols (no spaces).',
    'malformed-request': 'This request could not be accepted. Reload the page and try again.',
    'unknown-contract': 'The contract ID or login password is incorrect.',
    'wrong-password': 'The contract ID or login password is incorrect.',
    locked: 'Too many incorrect attempts: this service is suspended. Please contact your branch.',
  },
  attemptsRemaining: (count) =>
    count > 0
      ? `${count} more incorrect ${count === 1 ? 'attempt' : 'attempts'} will suspend the service.`
      : 'The service is now suspended. Please contact your branch.',
  lockedInDemo:
    'In this demo, staff lift the lock on the bank counter screen, opened from the "Bank counter" link at the top of the page.',
  welcome: {
    title: 'New here?',
    intro:
      "A practice demo of a credit union's internet banking and its soft token (VIP Access), to rehearse the one-time-password procedure step by step. It is not a real bank: nothing you type leaves this browser.",
    customerTitle: 'A practice customer',
    contractId: 'Contract ID',
    password: 'Login password',
    copyContractId: 'Copy the contract ID',
    copyPassword: 'Copy the password',
    contractIdCopied: 'Contract ID copied',
    passwordCopied: 'Password copied',
    copyFailed: 'Could not copy. Please type what is shown.',
    waysTitle: 'Choose how to start',
    guided: 'Start the guided rehearsal',
    guidedHint: 'Walks you through each step.',
    free: 'Try it freely',
    freeHint: 'Log in with the contract ID and password above.',
    trainer: "Open the trainer's tools",
    trainerHint: 'Scenarios for a class, the demo clock, the customers.',
    close: 'Close',
  },
  token: {
    panelLabel: 'Soft token',
    intro: 'Stands in for the app on your phone or PC.',
    install: 'Install an app',
    installMobile: 'Install VIP Access for Mobile',
    installDesktop: 'Install VIP Access Desktop',
    noTokens: 'No app installed.',
    credentialId: 'Credential ID',
    securityCode: 'One-time password',
    secondsLeft: (seconds) => `${seconds} s left`,
    copy: 'Copy',
    copied: 'One-time password copied',
    uninstall: 'Uninstall',
    loseDevice: 'Lose this device',
    loseDeviceConfirm:
      'Pretend this device is lost? The app disappears, but the bank still has it registered (staff must reset it).',
    uninstallConfirm: 'Uninstall this app? The bank still has it registered.',
    removed: (credentialId) => `The app with ${credentialId} is gone.`,
    installed: (credentialId) => `Installed ${credentialId}.`,
    frozen: 'Time is frozen',
    copyFailed: 'Could not copy. Please type the digits shown.',
    invalidSecret: 'The secret key is not valid, so no one-time password can be shown.',
    cancel: 'Cancel',
    installFailed: 'The app could not be installed. Please try again.',
    ownerMobile: (name) => `${name}'s phone`,
    ownerDesktop: (name) => `${name}'s computer`,
    notRegistered: 'Not registered',
    addToPhone: 'Add to an app on your phone',
  },
};
