// What the app loads on demand, declared once: vite.config.ts makes these chunks (Rolldown's
// codeSplitting groups), scripts/bench.mjs reports their sizes, test/unit/build/chunks.test.ts
// checks the build against them. Everything the page's entry imports statically is the first
// screen, one chunk, with every flow of the guide.

/**
 * Each on-demand chunk: its name (the start of its file name), the modules imported lazily that
 * start it (paths from the project's root; a plugin's virtual module by its id), when a page
 * loads it and for whom. Each chunk also
 * takes what only its modules use. `group: true` marks a module that only other on-demand chunks
 * import (statically): gathered into a chunk of its own, else the tools' group would take it.
 */
export const ON_DEMAND_CHUNKS = [
  {
    // A1, the account page, R1–R3 and S1–S3: the login page is the first screen of every flow.
    name: 'flow-screens',
    modules: ['components/internal/flow-screens.ts'],
    when: 'a screen after the login page is first shown (A1, the account page, a registration or deactivation step)',
    audience: 'customer',
  },
  {
    // The bank's steps that check a code (A1, R2, S2): their screens are after the login page.
    name: 'otp-steps',
    modules: ['src/bank/otp-steps.ts'],
    when: 'a one-time password is first sent to the bank (A1, R2 or S2)',
    audience: 'customer',
  },
  {
    // The validation service's verdict on a code (A1, R2, S2), which `VipService` loads on first use,
    // when the bank's steps above first send one.
    name: 'validate',
    modules: ['src/vip/validate.ts'],
    when: 'a one-time password is first sent to the bank (A1, R2 or S2)',
    audience: 'customer',
  },
  {
    // The demo's seed (its customers into the bank, their tokens provisioned): on a first visit, or
    // a trainer's reset; a return visit never loads it.
    name: 'demo-seed',
    modules: ['src/demo-seed.ts'],
    when: 'a first visit seeds the demo (or a trainer resets it)',
    audience: 'customer',
  },
  {
    // The demo's customers: the seed and the trainer's tools name them (the welcome names only the
    // default one: src/default-customer.ts, on the first screen). Imported by those chunks, not
    // lazily by the page, so a group of its own keeps it out of the tools.
    name: 'demo-customers',
    modules: ['src/demo-customers.ts'],
    group: true,
    when: 'a first visit seeds the demo (or a trainer opens the tools)',
    audience: 'customer',
  },
  {
    // The bank's part of it: the seed's customers and history written in one transaction.
    name: 'seed',
    modules: ['src/bank/seed.ts'],
    when: 'a first visit seeds the demo (or a trainer resets it)',
    audience: 'customer',
  },
  {
    name: 'software-keyboard',
    modules: ['components/software-keyboard.ts'],
    when: 'the software keyboard is first opened',
    audience: 'customer',
  },
  {
    name: 'bank-help',
    modules: ['components/bank-help.ts'],
    when: 'a help page is first opened',
    audience: 'customer',
  },
  {
    name: 'en',
    modules: ['src/i18n/en.ts'],
    when: 'English is first chosen (or was remembered)',
    audience: 'customer',
  },
  {
    // "Add to an app on your phone" open: the URI's making, its QR encoder (src/qr.ts) and the
    // disclosure's content; the first screen has only its button.
    name: 'own-phone-details',
    modules: ['components/internal/own-phone-details.ts'],
    when: 'a token is first added to a phone (QR code)',
    audience: 'customer',
  },
  {
    name: 'noble-hashes',
    modules: ['src/noble-hashes.ts'],
    when: 'the page has no WebCrypto (plain http on a LAN)',
    audience: 'fallback',
  },
  {
    name: 'memory',
    modules: ['src/store/memory.ts'],
    when: 'the browser has no usable IndexedDB',
    audience: 'fallback',
  },
  {
    // vite-plugin-pwa's registration, then workbox-window, which it imports: a hosted build, after
    // the page's load event, so neither is part of the first screen.
    name: 'virtual_pwa-register',
    modules: ['@vite-plugin-pwa/virtual:pwa-register'],
    when: 'the page has loaded (registers the service worker)',
    audience: 'after-load',
  },
  {
    name: 'workbox-window.prod.es5',
    modules: ['node_modules/workbox-window/build/workbox-window.prod.es5.mjs'],
    when: 'the page has loaded (registers the service worker)',
    audience: 'after-load',
  },
  {
    // The installed apps' element: loaded when the token panel first lists one (a first visit has
    // none), and so never before the login form is on screen.
    name: 'soft-token',
    modules: ['components/soft-token.ts'],
    when: 'the token panel first shows an installed app',
    audience: 'customer',
  },
  {
    // What the token's element shares with the trainer's tools (the confirmation dialog, the clock's
    // ticking) and with its own QR code's chunk (the app's URI): a group of its own, so that the
    // token loads no tools, and its chunk is the element alone.
    name: 'token-parts',
    modules: [
      'components/internal/confirm-dialog.ts',
      'components/internal/clock-controller.ts',
      'src/token/own-phone.ts',
    ],
    group: true,
    when: 'the token panel first shows an installed app (or a trainer opens the tools)',
    audience: 'customer',
  },
  {
    // One chunk for the three: a trainer who opens one soon opens another. The bank's and the
    // validation service's counter operations (src/bank/staff.ts, src/vip/admin.ts) are theirs:
    // `Bank` and `VipService` load them on first use.
    name: 'tools',
    modules: [
      'components/trainer-bar.ts',
      'components/guided-rehearsal.ts',
      'components/bank-counter.ts',
      'src/bank/staff.ts',
      'src/vip/admin.ts',
    ],
    when: "a trainer first opens the trainer's tools, guided rehearsal or counter",
    audience: 'trainer',
  },
];

/** Whether the module `id` (an absolute path) is one of `modules` (paths from the root). */
const isOneOf = (modules) => (id) => modules.some((path) => id.replaceAll('\\', '/').endsWith(`/${path}`));

/**
 * Rolldown's `output.codeSplitting.groups`: first what the entry imports statically (the tag
 * `$initial`), so that no later group takes a module of the first screen; then each chunk above
 * that gathers several lazily imported modules, with what only they use (a group takes its
 * modules' dependencies). A chunk of one lazily imported module needs no group: Rolldown already
 * gives each dynamic import a chunk of its own, named after its module, with what only it uses
 * (test/unit/build/chunks.test.ts checks the names); as a group it would carry a namespace object
 * and import Rolldown's runtime from a chunk of its own.
 */
export function codeSplittingGroups() {
  const gathering = ON_DEMAND_CHUNKS.filter(({ modules, group }) => group || modules.length > 1);
  return [
    { name: 'index', tags: ['$initial'], priority: gathering.length + 1 },
    ...gathering.map(({ name, modules }, index) => ({
      name,
      test: isOneOf(modules),
      priority: gathering.length - index,
    })),
  ];
}
