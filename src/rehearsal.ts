/**
 * Guided rehearsal: the guide's procedures (reference/otp-guide.ja.md) as data, and a pure state
 * machine that follows a person through one of them from what the app reports — the screen shown,
 * what was typed into a bank field, the bank's answers, the token panel's installs.
 *
 * Each step names the guide's number (①②③…, restarting in each part, as the guide numbers
 * registration and deactivation separately), the screen it happens on, what completes it, and the
 * control a guided rehearsal points at. The machine says for every event whether the person
 * `advanced`, made a `mistake` (with a hint on how to recover) or did something that does not
 * matter here (`ignored`). Time is passed in; nothing here reads a clock or touches the DOM.
 *
 * Exam score: 100 × (steps reached / steps) − 10 per mistake, never below 0. A finished attempt
 * has reached every step, so it scores 100 − 10 per mistake.
 */
export * from './rehearsal/types.js';
export * from './rehearsal/procedures.js';
export * from './rehearsal/machine.js';
