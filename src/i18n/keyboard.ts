/**
 * The texts of the software keyboard (<software-keyboard>): its keys, buttons and count. They travel
 * with the keyboard in its own chunk of the build, loaded when it is first opened, not with the
 * first screen. How to use it is a help page (help-ja.ts, help-en.ts), in the help pages' chunk.
 * `ja` and `en` implement it (keyboard-ja.ts, keyboard-en.ts), so a missing key fails `tsc`;
 * `keyboardMessagesFor` (keyboard-messages.ts) picks one.
 */
export interface KeyboardMessages {
  title: string;
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
}
