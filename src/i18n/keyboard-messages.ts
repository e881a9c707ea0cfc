// The software keyboard's texts in one language (their interface: keyboard.ts).
import { enKeyboard } from './keyboard-en.js';
import { jaKeyboard } from './keyboard-ja.js';
import type { KeyboardMessages } from './keyboard.js';
import type { Locale } from './messages.js';

export function keyboardMessagesFor(locale: Locale): KeyboardMessages {
  return locale === 'en' ? enKeyboard : jaKeyboard;
}
