// The texts of the screens after the login page in one language (their interface: flow.ts).
import { enFlow } from './flow-en.js';
import { jaFlow } from './flow-ja.js';
import type { FlowMessages } from './flow.js';
import { isLocale, messagesFor } from './index.js';

/**
 * `locale`'s texts of those screens, in step with the rest of the page: English once English's
 * own tables have arrived (until then `messagesFor` stands in with Japanese, and so does this).
 */
export function flowMessagesFor(locale: unknown): FlowMessages {
  return messagesFor(isLocale(locale) ? locale : 'ja').locale === 'en' ? enFlow : jaFlow;
}
