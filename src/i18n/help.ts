/**
 * The help pages (このページのご利用ガイド, ワンタイムパスワードのご案内, the keyboard's 使用方法): loaded with
 * <bank-help> when a person first opens one, not with the first screen. `ja` and `en` implement
 * `HelpPages`, so a missing page fails `tsc`.
 */
import { enHelp } from './help-en.js';
import { jaHelp } from './help-ja.js';
import type { HelpPages, Messages } from './messages.js';

/** The help pages in `messages`' language. */
export function helpFor(messages: Messages): HelpPages {
  return messages.locale === 'en' ? enHelp : jaHelp;
}
