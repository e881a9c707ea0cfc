import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as OTPAuth from 'otpauth';
import '../../../components/soft-token';
import type { SoftToken } from '../../../components/soft-token';
import { createClock, type Clock } from '../../../src/clock';
import { nextEvent, shadowText } from './fixtures';

// RFC 6238 Appendix B: the SHA-1 seed "12345678901234567890"; at T = 59 s the 8-digit code is
// 94287082, so the 6-digit one is 287082.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
// 2026-11-24 00:00:05 UTC: 5 s into a step, so 25 s left.
const START = Date.UTC(2026, 10, 24, 0, 0, 5);

/** The code by another implementation (otpauth), so the element is not checked against itself. */
function expectedCode(secret: string, time: number): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: time });
}

function frozenClock(start = START): Clock {
  const clock = createClock({ realNow: () => start });
  clock.freeze();
  return clock;
}

function part(element: SoftToken, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`);
}

function shownCode(element: SoftToken): string {
  return part(element, 'code')?.textContent?.trim() ?? '';
}

function countdownText(element: SoftToken): string {
  return (part(element, 'countdown')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function codeShown(element: SoftToken, code: string) {
  await waitUntil(() => shownCode(element) === code, `code ${code} not shown; shows "${shownCode(element)}"`);
}

function button(element: SoftToken, name: string): HTMLButtonElement {
  const found = [...element.shadowRoot!.querySelectorAll('button')].find(
    (candidate) => candidate.textContent?.trim() === name,
  );
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

/** Replaces the Clipboard API for one test; `undefined` removes it (as outside secure contexts). */
function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    value: writeText ? { writeText } : undefined,
    configurable: true,
  });
  return () => {
    delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

async function mobileToken(clock: Clock, attributes = { removable: false, locale: 'ja' }) {
  const element = await fixture<SoftToken>(
    html`<soft-token
      credential-id="SYMC12345678"
      secret=${RFC_SECRET}
      .clock=${clock}
      ?removable=${attributes.removable}
      locale=${attributes.locale}
    ></soft-token>`,
  );
  await codeShown(element, expectedCode(RFC_SECRET, clock.now()).replace(/^(\d{3})/, '$1 '));
  return element;
}

/** Shift+Tab, as puppeteer's keyboard takes it: one key at a time. */
async function shiftTab() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

describe('<soft-token>', () => {
  it('shows the RFC 6238 example from attributes alone', async () => {
    const element = await fixture<SoftToken>(
      html`<soft-token
        credential-id="VSMT12345678"
        secret=${RFC_SECRET}
        kind="mobile"
        time="59000"
      ></soft-token>`,
    );
    await codeShown(element, '287 082');
    const text = shadowText(element);
    expect(text).to.contain('VIP Access for Mobile');
    expect(text).to.contain('トークンID');
    expect(text).to.contain('VSMT 1234 5678');
    expect(text).to.contain('セキュリティコード');
    // 59 s is one second before the step ends at 60 s; a fixed time is a frozen one.
    expect(countdownText(element)).to.equal('あと1秒');
    expect(text).to.contain('時刻は固定されています');
    expect(element.getAttribute('kind')).to.equal('mobile');
    // The changing code is not a live region: it would be announced every 30 s.
    expect(part(element, 'code')!.closest('[role=status],[aria-live],output')).to.equal(null);
    expect(text).not.to.contain('アンインストール');
    await expect(element).to.be.accessible();
  });

  it('shows a desktop window with the app name in its title bar', async () => {
    const element = await fixture<SoftToken>(
      html`<soft-token
        credential-id="SYDC12345678"
        secret=${RFC_SECRET}
        kind="desktop"
        time="59000"
      ></soft-token>`,
    );
    await codeShown(element, '287 082');
    expect(element.shadowRoot!.querySelector('.titlebar')!.textContent).to.contain('VIP Access Desktop');
    expect(shadowText(element)).to.contain('SYDC 1234 5678');
    await expect(element).to.be.accessible();
  });

  it('follows a frozen clock as a trainer shifts it, step by step', async () => {
    const clock = frozenClock();
    const element = await mobileToken(clock);
    const first = shownCode(element);
    expect(countdownText(element)).to.equal('あと25秒');
    expect(shadowText(element)).to.contain('時刻は固定されています');

    clock.shift(30_000);
    const second = expectedCode(RFC_SECRET, START + 30_000);
    await codeShown(element, `${second.slice(0, 3)} ${second.slice(3)}`);
    expect(shownCode(element)).not.to.equal(first);
    expect(countdownText(element)).to.equal('あと25秒');
    expect(element.shadowRoot!.querySelector('.ending')).to.equal(null);

    // 5 s before the step boundary: the same code, the countdown follows and turns red.
    clock.shift(20_000);
    await element.updateComplete;
    expect(countdownText(element)).to.equal('あと5秒');
    expect(shownCode(element)).to.equal(`${second.slice(0, 3)} ${second.slice(3)}`);
    expect(getComputedStyle(part(element, 'code')!).color).to.equal('rgb(176, 0, 32)');
  });

  it('re-renders only when a shown value changes', async () => {
    const clock = frozenClock();
    const element = await mobileToken(clock);
    await element.updateComplete;
    clock.shift(0); // a trainer's change notifies every listener, even when time stays put
    expect(element.isUpdatePending).to.equal(false);
    clock.shift(1000);
    expect(element.isUpdatePending).to.equal(true);
    await element.updateComplete;
    expect(countdownText(element)).to.equal('あと24秒');
  });

  it('runs with a running clock and says nothing about frozen time', async () => {
    const clock = createClock();
    const element = await fixture<SoftToken>(
      html`<soft-token credential-id="SYMC12345678" secret=${RFC_SECRET} .clock=${clock}></soft-token>`,
    );
    await waitUntil(() => /^\d{3} \d{3}$/.test(shownCode(element)), 'no code shown');
    expect(shadowText(element)).not.to.contain('時刻は固定されています');
    expect(countdownText(element)).to.match(/^あと\d{1,2}秒$/);
  });

  it('copies the code by keyboard and says so, whether or not the browser allows it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button type="button">before</button>
        <soft-token credential-id="VSMT12345678" secret=${RFC_SECRET} time="59000"></soft-token>
      </div>`,
    );
    const element = wrapper.querySelector('soft-token')!;
    await codeShown(element, '287 082');
    const copiedEvents: CustomEvent<{ credentialId: string }>[] = [];
    element.addEventListener('code-copied', (event) => copiedEvents.push(event));
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(button(element, 'コピー'));
    await sendKeys({ press: 'Enter' });
    const status = element.shadowRoot!.querySelector('[role=status]')!;
    await waitUntil(() => status.textContent!.trim() !== '', 'no status after copying');
    // Headless Chromium may or may not grant clipboard access: both outcomes must be handled.
    const said = status.textContent!.trim();
    expect(said).to.be.oneOf([
      'セキュリティコードをコピーしました',
      'コピーできませんでした。表示されている数字を入力してください。',
    ]);
    expect(copiedEvents.length).to.equal(said === 'セキュリティコードをコピーしました' ? 1 : 0);
  });

  it('writes the six digits without the space and fires code-copied', async () => {
    const written: string[] = [];
    const restore = stubClipboard(async (text) => {
      written.push(text);
    });
    try {
      const element = await fixture<SoftToken>(
        html`<soft-token credential-id="VSMT12345678" secret=${RFC_SECRET} time="59000"></soft-token>`,
      );
      await codeShown(element, '287 082');
      const copied = nextEvent<{ credentialId: string }>(element, 'code-copied');
      button(element, 'コピー').click();
      const event = await copied;
      expect(event.detail).to.deep.equal({ credentialId: 'VSMT12345678' });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(written).to.deep.equal(['287082']);
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[role=status]')!.textContent!.trim()).to.equal(
        'セキュリティコードをコピーしました',
      );
    } finally {
      restore();
    }
  });

  for (const [name, writeText] of [
    ['rejects', () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))],
    ['is missing', undefined],
  ] as const) {
    it(`says so when the clipboard ${name}, and fires nothing`, async () => {
      const restore = stubClipboard(writeText);
      try {
        const element = await fixture<SoftToken>(
          html`<soft-token
            credential-id="VSMT12345678"
            secret=${RFC_SECRET}
            time="59000"
            locale="en"
          ></soft-token>`,
        );
        await codeShown(element, '287 082');
        let fired = 0;
        element.addEventListener('code-copied', () => fired++);
        button(element, 'Copy').click();
        const status = element.shadowRoot!.querySelector('[role=status]')!;
        await waitUntil(() => status.textContent!.trim() !== '', 'no status after copying');
        expect(status.textContent!.trim()).to.equal('Could not copy. Please type the digits shown.');
        expect(fired).to.equal(0);
      } finally {
        restore();
      }
    });
  }

  for (const secret of ['not base32!', 'ABC', '']) {
    it(`shows a message instead of a code for the secret "${secret}"`, async () => {
      const element = await fixture<SoftToken>(
        html`<soft-token credential-id="VSMT12345678" secret=${secret} time="59000"></soft-token>`,
      );
      await element.updateComplete;
      expect(shadowText(element)).to.contain(
        'シークレットキーが正しくないため、セキュリティコードを表示できません。',
      );
      expect(part(element, 'code')).to.equal(null);
      expect(element.shadowRoot!.querySelector('button')).to.equal(null);
      await expect(element).to.be.accessible();
    });
  }

  it('recovers when the secret becomes valid', async () => {
    const element = await fixture<SoftToken>(
      html`<soft-token credential-id="VSMT12345678" secret="???" time="59000"></soft-token>`,
    );
    element.secret = RFC_SECRET;
    await codeShown(element, '287 082');
    expect(shadowText(element)).not.to.contain('シークレットキー');
  });

  it('fires token-uninstalled only after the person confirms', async () => {
    const clock = frozenClock();
    const element = await mobileToken(clock, { removable: true, locale: 'ja' });
    const root = element.shadowRoot!;
    let fired = 0;
    element.addEventListener('token-uninstalled', () => fired++);

    button(element, 'アンインストール').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(shadowText(element)).to.contain(
      'このアプリをアンインストールします。銀行への登録は残ります。よろしいですか？',
    );
    expect(root.activeElement).to.equal(button(element, 'キャンセル'));
    await expect(element).to.be.accessible();

    await sendKeys({ press: 'Enter' }); // cancel
    await element.updateComplete;
    expect(fired).to.equal(0);
    expect(shadowText(element)).not.to.contain('よろしいですか');
    expect(root.activeElement).to.equal(button(element, 'アンインストール'));

    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(fired).to.equal(0);
    expect(root.activeElement).to.equal(button(element, 'アンインストール'));

    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    const uninstalled = nextEvent<{ credentialId: string }>(element, 'token-uninstalled');
    await shiftTab(); // from キャンセル back to the confirming button
    await sendKeys({ press: 'Enter' });
    const { detail } = await uninstalled;
    expect(detail).to.deep.equal({ credentialId: 'SYMC12345678' });
    expect(fired).to.equal(1);
  });

  it('fires device-lost after confirming, in English', async () => {
    const element = await mobileToken(frozenClock(), { removable: true, locale: 'en' });
    button(element, 'Lose this device').click();
    await element.updateComplete;
    expect(shadowText(element)).to.contain('Pretend this device is lost?');
    await expect(element).to.be.accessible();
    const lost = nextEvent<{ credentialId: string }>(element, 'device-lost');
    button(element, 'Lose this device').click();
    expect((await lost).detail.credentialId).to.equal('SYMC12345678');
  });

  it('speaks English', async () => {
    const element = await fixture<SoftToken>(
      html`<soft-token
        credential-id="SYDC12345678"
        secret=${RFC_SECRET}
        kind="desktop"
        time="59000"
        locale="en"
        removable
      ></soft-token>`,
    );
    await codeShown(element, '287 082');
    const text = shadowText(element);
    for (const label of [
      'Credential ID',
      'Security code',
      'Time is frozen',
      'Uninstall',
      'Lose this device',
    ]) {
      expect(text).to.contain(label);
    }
    expect(countdownText(element)).to.equal('1 s left');
    expect(text).not.to.match(/[ぁ-んァ-ン]/);
    await expect(element).to.be.accessible();
  });

  it('is accessible in Japanese with the remove buttons, on a phone and on a desktop', async () => {
    for (const kind of ['mobile', 'desktop']) {
      const element = await fixture<SoftToken>(
        html`<soft-token
          credential-id="SYMC12345678"
          secret=${RFC_SECRET}
          kind=${kind}
          time="59000"
          removable
        ></soft-token>`,
      );
      await codeShown(element, '287 082');
      await expect(element).to.be.accessible();
    }
  });

  it('focus() puts focus on the labelled app', async () => {
    const element = await mobileToken(frozenClock());
    element.focus();
    const frame = part(element, 'frame')!;
    expect(element.shadowRoot!.activeElement).to.equal(frame);
    expect(frame.getAttribute('role')).to.equal('group');
  });
});
