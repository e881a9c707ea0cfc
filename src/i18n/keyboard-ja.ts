// Japanese texts of the software keyboard (see keyboard.ts).
import type { KeyboardMessages } from './keyboard.js';

export const jaKeyboard: KeyboardMessages = {
  title: 'ソフトウェアキーボード',
  shift: '大文字/小文字',
  upperCase: '大文字',
  lowerCase: '小文字',
  backspace: '1文字クリア',
  clear: 'すべてクリア',
  done: '決定',
  close: '閉じる',
  shuffle: 'キー配列をランダムにする',
  typed: (count) => `${count}文字入力済み`,
};
