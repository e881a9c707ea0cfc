import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import * as OTPAuth from 'otpauth';
import { TotpController } from '../../../../components/internal/totp-controller.js';
import { base32Decode } from '../../../../src/otp/index.js';

// RFC 6238 Appendix B's SHA-1 seed: at T = 59 s the 8-digit code is 94287082, six digits 287082.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const OTHER_SECRET = 'JBSWY3DPEHPK3PXP';

/** The code by another implementation (otpauth), so the controller is not checked against itself. */
function expectedCode(secret: string, time: number): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: time });
}

/** Shows the controller's code, and records it at every update. */
class CodeElement extends LitElement {
  readonly totp = new TotpController(this, 30);
  readonly shown: (string | undefined)[] = [];

  override updated() {
    this.shown.push(this.totp.code);
  }

  override render() {
    return html`${this.totp.code ?? ''}`;
  }
}
customElements.define('test-code-element', CodeElement);

async function mount() {
  return fixture<CodeElement>(html`<test-code-element></test-code-element>`);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('TotpController', () => {
  it("shows the code of the moment's step", async () => {
    const element = await mount();
    element.totp.show(base32Decode(RFC_SECRET), 59_000);
    await waitUntil(() => element.totp.code === '287082', 'no code');
    expect(element.shadowRoot!.textContent).to.equal('287082');
  });

  it('computes once per step: later moments of the same step change nothing', async () => {
    const element = await mount();
    const secret = base32Decode(RFC_SECRET);
    element.totp.show(secret, 30_000);
    await waitUntil(() => element.totp.code !== undefined, 'no code');
    const updates = element.shown.length;
    for (let time = 31_000; time < 60_000; time += 1000) element.totp.show(secret, time);
    await pause(100);
    expect(element.shown.length).to.equal(updates);
    element.totp.show(secret, 60_000);
    await waitUntil(() => element.totp.code === expectedCode(RFC_SECRET, 60_000), 'the next step');
  });

  it('drops an answer that arrives after a newer one was asked for', async () => {
    const element = await mount();
    const time = 1_700_000_000_000;
    element.totp.show(base32Decode(OTHER_SECRET), time);
    element.totp.show(base32Decode(RFC_SECRET), time);
    const wanted = expectedCode(RFC_SECRET, time);
    await waitUntil(() => element.totp.code === wanted, 'no code');
    await pause(100);
    expect(element.totp.code).to.equal(wanted);
    expect(element.shown).not.to.include(expectedCode(OTHER_SECRET, time));
  });

  it('shows no code without a secret, or before 1970', async () => {
    const element = await mount();
    const secret = base32Decode(RFC_SECRET);
    element.totp.show(secret, 59_000);
    await waitUntil(() => element.totp.code !== undefined, 'no code');
    element.totp.show(undefined, 59_000);
    expect(element.totp.code).to.equal(undefined);
    element.totp.show(secret, 59_000);
    await waitUntil(() => element.totp.code !== undefined, 'no code again');
    element.totp.show(secret, -1);
    expect(element.totp.code).to.equal(undefined);
  });

  it('off the page mid-computation: no answer while away, the code once back', async () => {
    const element = await mount();
    const parent = element.parentElement!;
    element.totp.show(base32Decode(RFC_SECRET), 59_000);
    element.remove();
    await pause(100);
    expect(element.totp.code).to.equal(undefined);
    parent.append(element);
    await waitUntil(() => element.totp.code === '287082', 'no code once back');
  });
});
