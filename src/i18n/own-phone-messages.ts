// The open "Add to an app on your phone" texts in one language (their interface: own-phone.ts).
import type { Locale } from './messages.js';
import { enOwnPhone } from './own-phone-en.js';
import { jaOwnPhone } from './own-phone-ja.js';
import type { OwnPhoneMessages } from './own-phone.js';

export function ownPhoneMessagesFor(locale: Locale): OwnPhoneMessages {
  return locale === 'en' ? enOwnPhone : jaOwnPhone;
}
