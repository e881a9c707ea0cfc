/** The screens after the login page in English (see en.ts for how English names the Japanese screens). */
import type { FlowMessages } from './flow.js';

export const enFlow: FlowMessages = {
  loginOtp: {
    title: 'One-time password authentication',
    instruction: 'Enter the one-time password shown on your soft token, then press "Confirm".',
    code: 'One-time password',
    codeHint: '(Enter the digits shown on your token. They change every 30 seconds.)',
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
    codeHint: '(Enter the digits shown on your token. They change every 30 seconds.)',
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
    codeHint: '(Enter the digits shown on your token. They change every 30 seconds.)',
    stop: 'Stop',
    vendorMark: 'Validation & ID Protection (practice mark)',
    resultInstruction: 'Press "Back to login".',
    done: (resultCode) => `One-time passwords have been stopped. (${resultCode})`,
  },
  errors: {
    'malformed-credential-id': 'Enter the token ID as 4 letters and 8 digits (for example SYMC 1234 5678).',
    'malformed-code': 'Enter the one-time password as 6 digits.',
    'token-already-registered':
      'A token is already registered. To change tokens, stop using one-time passwords first, then register the new token.',
    'no-token-registered': 'No one-time password token is registered.',
    'unknown-credential': 'This token ID is not valid. Check the token ID shown in your app.',
    'credential-removed':
      'This token ID is no longer valid: the demo was reset. Reload the page, install the app again, then register it.',
    'credential-bound-elsewhere': 'This token ID is registered to another customer and cannot be registered.',
    'credential-locked':
      'This token is temporarily blocked after repeated wrong one-time passwords. Please contact your branch.',
    'wrong-code': 'Incorrect one-time password. Please try again.',
    'replayed-code': 'This one-time password has already been used. Wait for the next one to appear.',
    'flow-expired': 'Too much time has passed or the procedure was interrupted. Please start again.',
    'not-signed-in':
      'You are not logged in, or you were logged out after a period of inactivity. Please log in again.',
  },
  replayedCode: (seconds) =>
    seconds > 0
      ? `This one-time password has already been used. A new one appears in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`
      : 'This one-time password has already been used. Enter the new one the app shows now.',
};
