/** The help pages in English: このページのご利用ガイド for each screen, ワンタイムパスワードのご案内, the keyboard. */
import type { HelpPages } from './messages.js';

export const enHelp: HelpPages = {
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
      'The one-time password changes every 30 seconds. One that has been used cannot be used again.',
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
    paragraphs: [
      'Click (or tap) the keys on the screen to type your login password.',
      'Because no physical key is pressed, spyware that records keystrokes (a keylogger) cannot read what you type. It does not protect against screen recording.',
      '"Upper/lower case" switches the letters. "Delete one" removes the last character, "Clear all" removes everything.',
      'Press "Done" when finished. "Close" discards what you typed on the on-screen keyboard.',
      'With "Shuffle keys" on, the keys change places after every character, as some banks do.',
    ],
  },
};
