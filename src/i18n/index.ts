import type { BankFailure } from '../bank/codes.js';
import { en } from './en.js';
import { ja } from './ja.js';
import type { Locale, Messages } from './messages.js';

export type { HelpTopic } from '../router.js';
export type { Locale, Messages } from './messages.js';
export { en, ja };

export const DEFAULT_LOCALE: Locale = 'ja';

export function isLocale(value: unknown): value is Locale {
  return value === 'ja' || value === 'en';
}

export function messagesFor(locale: Locale): Messages {
  return locale === 'en' ? en : ja;
}

/**
 * A customer's name as `locale` shows it: in English the name in Latin letters where the customer
 * has one (the demo customers: `Taro Yamada`), else the name as the bank has it (as a trainer typed it).
 */
export function customerName(customer: { name: string; nameEn?: string | null }, locale: Locale): string {
  return (locale === 'en' && customer.nameEn) || customer.name;
}

/**
 * The message for a bank refusal, with the tries left where the bank said, and for a replayed
 * code the seconds until the next one. A lock (the refusal of a locked customer or token, or the
 * try that locked) keeps the guide's own words and adds where this demo lifts it.
 */
export function failureMessage(
  messages: Messages,
  failure: Pick<BankFailure, 'code' | 'attemptsRemaining' | 'retryInSeconds'>,
): string {
  if (failure.code === 'replayed-code' && failure.retryInSeconds !== undefined) {
    return messages.replayedCode(failure.retryInSeconds);
  }
  const sentences = [messages.errors[failure.code]];
  if (failure.attemptsRemaining !== undefined)
    sentences.push(messages.attemptsRemaining(failure.attemptsRemaining));
  const locks =
    failure.code === 'locked' || failure.code === 'credential-locked' || failure.attemptsRemaining === 0;
  if (locks) sentences.push(messages.lockedInDemo);
  return sentences.join(' ');
}
