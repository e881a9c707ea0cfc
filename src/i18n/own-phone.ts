/**
 * The texts of a soft token's "Add to an app on your phone" once open: the demo warning, how to
 * add the token, its QR code and URI. They travel with the disclosure's content in its own chunk of
 * the build (components/internal/own-phone-details.ts), loaded when someone first opens it; the
 * first screen carries only the disclosure's button (`Messages.token.addToPhone`). `ja` and `en`
 * implement it (own-phone-ja.ts, own-phone-en.ts), so a missing key fails `tsc`;
 * `ownPhoneMessagesFor` (own-phone-messages.ts) picks one.
 */
export interface OwnPhoneMessages {
  warning: string;
  howTo: string;
  /** The demo's time is frozen or moved: a phone's codes differ from the token's. */
  clockMoved: string;
  qrLabel: string;
  uriLabel: string;
  copyUri: string;
  uriCopied: string;
  uriCopyFailed: string;
}
