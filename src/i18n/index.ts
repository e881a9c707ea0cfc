import type { BankErrorCode, BankFailure } from '../bank/codes.js';
import type { FlowMessages } from './flow.js';
import { onFirstUse } from '../lazy.js';
import { ja } from './ja.js';
import type { Locale, Messages } from './messages.js';

export type { HelpTopic } from '../router.js';
export type { Locale, Messages } from './messages.js';
export { ja };

export const DEFAULT_LOCALE: Locale = 'ja';

export function isLocale(value: unknown): value is Locale {
  return value === 'ja' || value === 'en';
}

/** Each language's name in that language, for the switch (whichever tables have loaded). */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { ja: '日本語', en: 'English' };

/**
 * The tables of every language but Japanese load on first use, each from a chunk of its own: a
 * Japanese page (the default, most customers) never fetches English. Japanese is always here.
 */
const loaders: Readonly<Record<Exclude<Locale, 'ja'>, () => Promise<Messages>>> = {
  en: onFirstUse(() => import('./en.js').then((module) => module.en)),
};
const loaded: { [L in Locale]?: Messages } = { ja };
const listeners = new Set<() => void>();
/** The load under way, if any: what `messagesArriving` hands out. */
let arriving: Promise<unknown> | undefined;

/** Loads `locale`'s tables once (lazy.ts's policy: a failed load stays failed until a reload). */
export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'ja') return ja;
  const messages = await loaders[locale]();
  if (!loaded[locale]) {
    loaded[locale] = messages;
    for (const listener of listeners) listener();
  }
  return messages;
}

/** Calls `listener` each time a language's tables arrive; returns how to stop. */
export function onMessagesLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * `locale`'s messages. Until a language loaded on first use has arrived, Japanese stands in and
 * the load starts; `onMessagesLoaded` tells when to render again.
 */
export function messagesFor(locale: Locale): Messages {
  const messages = loaded[locale];
  if (messages) return messages;
  const load = loadMessages(locale).catch(() => {
    // The shell says the part could not be loaded (a reload fetches it); Japanese stays meanwhile.
  });
  arriving ??= load.finally(() => (arriving = undefined));
  return ja;
}

/** The tables `messagesFor` started to load, once they are here (or failed), if any are on the way. */
export function messagesArriving(): Promise<unknown> | undefined {
  return arriving;
}

/**
 * A customer's name as `locale` shows it: in English the name in Latin letters where the customer
 * has one (the demo customers: `Taro Yamada`), else the name as the bank has it (as a trainer typed it).
 */
export function customerName(customer: { name: string; nameEn?: string | null }, locale: Locale): string {
  return (locale === 'en' && customer.nameEn) || customer.name;
}

/** What a screen after the login page adds to `Messages` for its refusals (its texts carry them: flow.ts). */
export type FlowRefusals = Pick<FlowMessages, 'errors' | 'replayedCode'>;

/**
 * The message for a bank refusal, with the tries left where the bank said, and for a replayed
 * code the seconds until the next one. A lock (the refusal of a locked customer or token, or the
 * try that locked) keeps the guide's own words and adds where this demo lifts it. The login page's
 * refusals are in `messages`; a screen after it passes `flow`, its texts of the others.
 */
export function failureMessage(
  messages: Messages,
  failure: Pick<BankFailure, 'code' | 'attemptsRemaining' | 'retryInSeconds'>,
  flow?: FlowRefusals,
): string {
  if (flow && failure.code === 'replayed-code' && failure.retryInSeconds !== undefined) {
    return flow.replayedCode(failure.retryInSeconds);
  }
  // The bank counter's own answers are the tools' (staffFailureMessage); a customer's screen never
  // gets one, and would say the request was not accepted.
  const texts: Partial<Record<BankErrorCode, string>> = { ...messages.errors, ...flow?.errors };
  const sentences = [texts[failure.code] ?? messages.errors['malformed-request']];
  if (failure.attemptsRemaining !== undefined)
    sentences.push(messages.attemptsRemaining(failure.attemptsRemaining));
  const locks =
    failure.code === 'locked' || failure.code === 'credential-locked' || failure.attemptsRemaining === 0;
  if (locks) sentences.push(messages.lockedInDemo);
  return sentences.join(' ');
}
