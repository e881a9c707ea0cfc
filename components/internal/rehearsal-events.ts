import { isField, type PlainEventType, type RehearsalEvent } from '../../src/rehearsal.js';
import { screenOfElement } from './rehearsal-targets.js';

// What a guided rehearsal hears of the app: the app's own events, which bubble and are composed so
// they reach `window`, each turned into the RehearsalEvent src/rehearsal follows a person by. One
// table: its keys are the events listened to, and each entry's event is typed by the declaration
// in GlobalEventHandlersEventMap of the element that fires it.

/** The bank screen an event comes from, along its path through open shadow roots. */
function screenOf(event: Event) {
  return event
    .composedPath()
    .map((node) => (node instanceof Element ? screenOfElement(node.localName) : undefined))
    .find((screen) => screen !== undefined);
}

/** An event whose detail the rehearsal does not need. */
const plain =
  <K extends PlainEventType>(type: K) =>
  (): RehearsalEvent => ({ type });

const FOLLOWED = {
  // `input` is composed too: typing in a bank field reaches `window`, its path through open shadow roots.
  input: (event) => {
    const screen = screenOf(event);
    const input = event.composedPath()[0];
    if (!screen || !(input instanceof HTMLInputElement) || !isField(input.id)) return undefined;
    return { type: 'field', screen, field: input.id, value: input.value };
  },
  // The software keyboard's 決定 sets the password as typing does.
  'keyboard-committed': (event) => {
    const screen = screenOf(event);
    return screen && { type: 'field', screen, field: 'password', value: event.detail.value };
  },
  'bank-refused': (event) => ({ type: 'bank-refused', code: event.detail.code }),
  'token-installed': ({ detail }) => ({
    type: 'token-installed',
    credentialId: detail.credentialId,
    kind: detail.kind,
  }),
  'token-uninstalled': ({ detail }) => ({ type: 'token-uninstalled', credentialId: detail.credentialId }),
  'device-lost': ({ detail }) => ({ type: 'device-lost', credentialId: detail.credentialId }),
  'otp-registered': ({ detail }) => ({ type: 'otp-registered', credentialId: detail.credentialId }),
  'token-reset': ({ detail }) => ({ type: 'token-reset', contractId: detail.contractId }),
  'otp-requested': plain('otp-requested'),
  'login-succeeded': plain('login-succeeded'),
  'registration-started': plain('registration-started'),
  'deactivation-started': plain('deactivation-started'),
  'otp-deactivated': plain('otp-deactivated'),
  'flow-finished': plain('flow-finished'),
  'flow-cancelled': plain('flow-cancelled'),
  'logged-out': plain('logged-out'),
  'customer-unlocked': plain('customer-unlocked'),
  'code-copied': plain('code-copied'),
} satisfies {
  [K in keyof GlobalEventHandlersEventMap]?: (
    event: GlobalEventHandlersEventMap[K],
  ) => RehearsalEvent | undefined;
};

/** The app's events a rehearsal follows: every key of the table. */
export type FollowedEvent = keyof typeof FOLLOWED;

export const FOLLOWED_EVENTS = Object.keys(FOLLOWED) as readonly FollowedEvent[];

/** Every event src/rehearsal knows, but the screen (the hash) and fields (`input`), has its entry. */
type Unfollowed = Exclude<Exclude<RehearsalEvent['type'], 'screen' | 'field'>, FollowedEvent>;
const everyEventFollowed: [Unfollowed] extends [never] ? true : Unfollowed = true;
void everyEventFollowed;

/** The app's DOM event as the rehearsal sees it; undefined for what it does not follow. */
export function rehearsalEvent(event: Event): RehearsalEvent | undefined {
  if (!Object.hasOwn(FOLLOWED, event.type)) return undefined;
  // One entry per type: the table's own type says each takes the event of its key.
  const translate = FOLLOWED[event.type as FollowedEvent] as (event: Event) => RehearsalEvent | undefined;
  return translate(event);
}
