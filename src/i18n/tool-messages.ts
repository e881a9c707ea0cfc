// The trainer's tools' texts in one language (their interface: tools.ts).
import type { BankFailure } from '../bank/codes.js';
import { failureMessage } from './index.js';
import type { Locale, Messages } from './messages.js';
import { enTools } from './tools-en.js';
import { jaTools } from './tools-ja.js';
import type { ToolMessages } from './tools.js';

export function toolMessagesFor(locale: Locale): ToolMessages {
  return locale === 'en' ? enTools : jaTools;
}

/** What a trainer's tool says of a refusal: its own answers from its tables, the rest as the bank's screens say them. */
export function staffFailureMessage(
  tools: ToolMessages,
  messages: Messages,
  failure: Pick<BankFailure, 'code' | 'attemptsRemaining' | 'retryInSeconds'>,
): string {
  const staff: Partial<Record<string, string>> = tools.staffErrors;
  return staff[failure.code] ?? failureMessage(messages, failure);
}
