// English texts of the software keyboard (see keyboard.ts).
import type { KeyboardMessages } from './keyboard.js';

export const enKeyboard: KeyboardMessages = {
  title: 'Software keyboard',
  shift: 'Upper/lower case',
  upperCase: 'upper case',
  lowerCase: 'lower case',
  backspace: 'Delete one',
  clear: 'Clear all',
  done: 'Done',
  close: 'Close',
  shuffle: 'Shuffle keys',
  typed: (count) => `${count} ${count === 1 ? 'character' : 'characters'} typed`,
};
