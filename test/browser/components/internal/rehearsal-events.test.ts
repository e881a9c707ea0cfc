import { expect, fixture, html } from '@open-wc/testing';
import '../../../../components/bank-login.js';
import type { BankLogin } from '../../../../components/bank-login.js';
import { FOLLOWED_EVENTS, rehearsalEvent } from '../../../../components/internal/rehearsal-events.js';

/** Dispatches `event` on `target` and gives what the rehearsal makes of it, as heard on window. */
function heard(target: EventTarget, event: Event) {
  let translated: ReturnType<typeof rehearsalEvent> | 'not heard' = 'not heard';
  const listener = (seen: Event) => (translated = rehearsalEvent(seen));
  window.addEventListener(event.type, listener, { once: true });
  target.dispatchEvent(event);
  window.removeEventListener(event.type, listener);
  return translated;
}

const custom = (type: string, detail: object = {}) =>
  new CustomEvent(type, { detail, bubbles: true, composed: true });

describe('rehearsal events', () => {
  it('listens to the app events the rehearsal follows, and to typing', () => {
    expect([...FOLLOWED_EVENTS].sort()).to.deep.equal(
      [
        'bank-refused',
        'code-copied',
        'customer-unlocked',
        'deactivation-started',
        'device-lost',
        'flow-cancelled',
        'flow-finished',
        'input',
        'keyboard-committed',
        'logged-out',
        'login-succeeded',
        'otp-deactivated',
        'otp-registered',
        'otp-requested',
        'registration-started',
        'token-installed',
        'token-reset',
        'token-uninstalled',
      ].sort(),
    );
  });

  it('takes from each detail what the rehearsal needs, and nothing from the rest', async () => {
    const element = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(heard(element, custom('bank-refused', { code: 'wrong-code' }))).to.deep.equal({
      type: 'bank-refused',
      code: 'wrong-code',
    });
    expect(
      heard(element, custom('token-installed', { credentialId: 'SYMC12345678', kind: 'mobile' })),
    ).to.deep.equal({ type: 'token-installed', credentialId: 'SYMC12345678', kind: 'mobile' });
    expect(heard(element, custom('device-lost', { credentialId: 'SYMC12345678' }))).to.deep.equal({
      type: 'device-lost',
      credentialId: 'SYMC12345678',
    });
    expect(
      heard(element, custom('token-reset', { contractId: '2345678901', credentialId: 'x' })),
    ).to.deep.equal({
      type: 'token-reset',
      contractId: '2345678901',
    });
    expect(heard(element, custom('otp-requested', { contractId: '1', ticket: 't' }))).to.deep.equal({
      type: 'otp-requested',
    });
    expect(rehearsalEvent(custom('help-closed'))).to.equal(undefined);
  });

  it('turns typing in a bank field, and the 決定 of the keyboard, into a field of that screen', async () => {
    const login = await fixture<BankLogin>(html`<bank-login></bank-login>`);
    const input = login.shadowRoot!.querySelector<HTMLInputElement>('#contract-id')!;
    input.value = '1234';
    expect(heard(input, new InputEvent('input', { bubbles: true, composed: true }))).to.deep.equal({
      type: 'field',
      screen: 'login',
      field: 'contract-id',
      value: '1234',
    });
    const keyboard = login.shadowRoot!.querySelector('software-keyboard')!;
    expect(heard(keyboard, custom('keyboard-committed', { value: 'Demo1234' }))).to.deep.equal({
      type: 'field',
      screen: 'login',
      field: 'password',
      value: 'Demo1234',
    });
  });

  it('ignores typing outside the bank screens', async () => {
    const input = await fixture<HTMLInputElement>(html`<input id="contract-id" />`);
    expect(heard(input, new InputEvent('input', { bubbles: true, composed: true }))).to.equal(undefined);
  });
});
