// The trainer's tools' texts in one language (their interface: tools.ts).
import type { Locale } from './messages.js';
import { enTools } from './tools-en.js';
import { jaTools } from './tools-ja.js';
import type { ToolMessages } from './tools.js';

export function toolMessagesFor(locale: Locale): ToolMessages {
  return locale === 'en' ? enTools : jaTools;
}
