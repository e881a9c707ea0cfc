// English texts of "Add to an app on your phone", open (see own-phone.ts).
import type { OwnPhoneMessages } from './own-phone.js';

export const enOwnPhone: OwnPhoneMessages = {
  warning:
    'This is a practice (demo) secret. Never use it for a real account. Remove it from the app on your phone when you have finished practising.',
  howTo:
    'Scan this QR code with an authenticator app on your phone (Google Authenticator, for example): it then shows the same one-time passwords as this token, and you can log in to the demo bank with them.',
  clockMoved:
    'Time in this demo is frozen or moved: one-time passwords from your phone may be refused until it is set back to the current time.',
  qrLabel: 'QR code that adds this token to an authenticator app',
  uriLabel: 'URI (what the QR code holds)',
  copyUri: 'Copy URI',
  uriCopied: 'URI copied',
  uriCopyFailed: 'Could not copy. Please select the URI and copy it.',
};
