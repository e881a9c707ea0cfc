import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as OTPAuth from 'otpauth';
import '../../../components/soft-token.js';
import type { SoftToken } from '../../../components/soft-token.js';
import { createClock, type Clock } from '../../../src/clock.js';
import { base32Decode, parseOtpauthUri } from '../../../src/otp/index.js';
import { allowClipboard, clipboardText, withoutClipboardApi } from '../clipboard.js';
import { nextEvent, shadowText } from './fixtures.js';

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

/** ISO/IEC 18004 Table 7: how many bytes versions 1–10 hold in byte mode at level M. */
const BYTE_CAPACITY_M = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213];

const ADD_TO_PHONE = { ja: 'スマートフォンのアプリに追加', en: 'Add to an app on your phone' };
const DEMO_WARNING = {
  ja: 'これは練習用（デモ）のシークレットです。実際の口座やサービスには絶対に使わないでください。練習が終わったら、スマートフォンのアプリから削除してください。',
  en: 'This is a practice (demo) secret. Never use it for a real account. Remove it from the app on your phone when you have finished practising.',
};

function sharePanel(element: SoftToken): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>('#share')!;
}

/** Waits for the QR code, which is made once its encoder (a chunk of its own) has loaded. */
async function qrShown(element: SoftToken): Promise<SVGSVGElement> {
  await waitUntil(() => element.shadowRoot!.querySelector('svg.qr'), 'no QR code drawn');
  return element.shadowRoot!.querySelector<SVGSVGElement>('svg.qr')!;
}

/** Opens "add to an app on your phone" with a click and waits for the QR code. */
async function openShare(element: SoftToken, locale: 'ja' | 'en') {
  button(element, ADD_TO_PHONE[locale]).click();
  return qrShown(element);
}

function shownUri(element: SoftToken): string {
  return element.shadowRoot!.querySelector('#uri')?.textContent ?? '';
}

/** The QR code's modules as drawn: `true` where the path covers a unit square, quiet zone included. */
function drawnModules(svg: SVGSVGElement): boolean[][] {
  const [, , side] = svg.getAttribute('viewBox')!.split(' ').map(Number);
  const grid = Array.from({ length: side }, () => Array<boolean>(side).fill(false));
  const path = svg.querySelector('path')!.getAttribute('d')!;
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(run); i++) grid[Number(y)][Number(x) + i] = true;
  }
  return grid;
}

/** A 7 × 7 finder pattern with its top-left module at (top, left): dark ring, light ring, dark centre. */
function isFinderAt(grid: boolean[][], top: number, left: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      if (grid[top + r][left + c] !== (ring !== 2)) return false;
    }
  }
  return true;
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

  it('copies the code by keyboard and says so', async () => {
    await allowClipboard(true);
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
    expect(status.textContent!.trim()).to.equal('セキュリティコードをコピーしました');
    expect(copiedEvents.length).to.equal(1);
    expect(await clipboardText()).to.equal('287082');
  });

  it('writes the six digits without the space and fires code-copied', async () => {
    await allowClipboard(true);
    const element = await fixture<SoftToken>(
      html`<soft-token credential-id="VSMT12345678" secret=${RFC_SECRET} time="59000"></soft-token>`,
    );
    await codeShown(element, '287 082');
    const copied = nextEvent<{ credentialId: string }>(element, 'code-copied');
    button(element, 'コピー').click();
    const event = await copied;
    expect(event.detail).to.deep.equal({ credentialId: 'VSMT12345678' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(await clipboardText()).to.equal('287082');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role=status]')!.textContent!.trim()).to.equal(
      'セキュリティコードをコピーしました',
    );
  });

  for (const [name, takeAway] of [
    // Chromium's own refusal (NotAllowedError).
    ['refuses', async () => (await allowClipboard(false), () => undefined)],
    // No Clipboard API at all, as on plain http.
    ['is missing', async () => withoutClipboardApi()],
  ] as const) {
    it(`says so when the clipboard ${name}, and fires nothing`, async () => {
      const giveBack = await takeAway();
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
        giveBack();
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

  it('forgets what it showed of one token when it is given another', async () => {
    const clock = frozenClock();
    const element = await mobileToken(clock, { removable: true, locale: 'ja' });
    button(element, 'アンインストール').click();
    await element.updateComplete;
    expect(shadowText(element)).to.contain('よろしいですか');

    // The panel reuses its elements: the next token in the list takes this one's place.
    element.credentialId = 'SYMC87654321';
    element.secret = 'JBSWY3DPEHPK3PXP';
    await codeShown(element, expectedCode('JBSWY3DPEHPK3PXP', START).replace(/^(\d{3})/, '$1 '));
    expect(shadowText(element)).not.to.contain('よろしいですか');
    expect(shadowText(element)).to.contain('SYMC 8765 4321');
    await expect(element).to.be.accessible();
  });

  it('draws the countdown bar as the share of the period left', async () => {
    const clock = frozenClock();
    const element = await mobileToken(clock);
    const fill = element.shadowRoot!.querySelector<HTMLElement>('.fill')!;
    const scale = () => Number(/scaleX\(([\d.]+)\)/.exec(fill.style.transform)?.[1]);
    expect(scale()).to.be.closeTo(25 / 30, 1e-5);
    clock.shift(15_000);
    await waitUntil(() => countdownText(element) === 'あと10秒', 'the countdown did not follow');
    expect(scale()).to.be.closeTo(10 / 30, 1e-5);
  });

  it('follows --otp-font-size: the ID, the code, the countdown, the labels and the frame grow together', async () => {
    const element = await mobileToken(frozenClock());
    const root = element.shadowRoot!;
    const sizes = () =>
      ['dt', '.credential-id', '.code', '.seconds', 'button.copy', '#app-name'].map((selector) =>
        parseFloat(getComputedStyle(root.querySelector(selector)!).fontSize),
      );
    const frameWidth = () => root.querySelector('.frame')!.getBoundingClientRect().width;
    const normal = sizes();
    const normalWidth = frameWidth();
    // 16 px by default: the code at 2.6 rem as before.
    expect(normal[2]).to.equal(41.6);
    element.style.setProperty('--otp-font-size', '2rem');
    const large = sizes();
    large.forEach((size, i) => expect(size, `size ${i}`).to.be.closeTo(normal[i] * 2, 0.01));
    expect(frameWidth()).to.be.closeTo(normalWidth * 2, 1);
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
      'One-time password',
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

  describe('add to an app on your phone', () => {
    it('opens by keyboard: the demo warning, a labelled QR code and the URI of this token', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button type="button">before</button>
          <soft-token credential-id="SYMC12345678" secret=${RFC_SECRET} time="59000"></soft-token>
        </div>`,
      );
      const element = wrapper.querySelector('soft-token')!;
      await codeShown(element, '287 082');
      const disclosure = button(element, ADD_TO_PHONE.ja);
      expect(disclosure.getAttribute('aria-expanded')).to.equal('false');
      expect(disclosure.getAttribute('aria-controls')).to.equal('share');
      expect(sharePanel(element).hidden).to.equal(true);
      expect(element.shadowRoot!.querySelector('svg.qr')).to.equal(null);

      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' }); // コピー
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement).to.equal(disclosure);
      await sendKeys({ press: 'Enter' });
      const qr = await qrShown(element);

      expect(disclosure.getAttribute('aria-expanded')).to.equal('true');
      expect(sharePanel(element).hidden).to.equal(false);
      expect(element.shadowRoot!.activeElement).to.equal(disclosure);
      const text = shadowText(element);
      expect(text).to.contain(DEMO_WARNING.ja);
      expect(text).to.contain('Google Authenticator');
      expect(qr.getAttribute('role')).to.equal('img');
      expect(qr.getAttribute('aria-label')).to.equal('このトークンを認証アプリに追加するためのQRコード');
      expect(qr.getBoundingClientRect().width).to.be.within(160, 200);

      const uri = shownUri(element);
      expect(uri).to.match(/^otpauth:\/\/totp\//);
      // The label says what the code is, never the secret it holds.
      expect(qr.getAttribute('aria-label')).not.to.contain(RFC_SECRET);
      const parsed = parseOtpauthUri(uri);
      expect(parsed).to.deep.equal({
        type: 'totp',
        issuer: 'OTP Rehearsal 練習用',
        account: 'SYMC12345678',
        secret: base32Decode(RFC_SECRET),
        algorithm: 'SHA-1',
        digits: 6,
        period: 30,
      });
      await expect(element).to.be.accessible();

      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(disclosure.getAttribute('aria-expanded')).to.equal('false');
      expect(sharePanel(element).hidden).to.equal(true);
      expect(shadowText(element)).not.to.contain(DEMO_WARNING.ja);
    });

    it('is not offered for a credential ID no app could label (one starting with a space)', async () => {
      const element = await fixture<SoftToken>(
        html`<soft-token credential-id=" SYMC12345678" secret=${RFC_SECRET} time="59000"></soft-token>`,
      );
      await codeShown(element, '287 082');
      expect(element.shadowRoot!.querySelector('button.disclosure')).to.equal(null);
      element.credentialId = 'SYMC12345678';
      await element.updateComplete;
      expect(button(element, ADD_TO_PHONE.ja).getAttribute('aria-expanded')).to.equal('false');
    });

    it('draws a QR code of the version the URI needs, finder patterns at three corners', async () => {
      const element = await mobileToken(frozenClock());
      const svg = await openShare(element, 'ja');
      const uri = shownUri(element);
      const bytes = new TextEncoder().encode(uri).length;
      const version = BYTE_CAPACITY_M.findIndex((capacity) => bytes <= capacity) + 1;
      expect(version, `${bytes} bytes fit in version 1–10`).to.be.greaterThan(0);

      const side = 17 + 4 * version + 2 * 4;
      expect(svg.getAttribute('viewBox')).to.equal(`0 0 ${side} ${side}`);
      // A whole number of pixels per module, near 180 px.
      expect(Number(svg.getAttribute('width')) % side).to.equal(0);
      expect(svg.querySelector('rect')!.getAttribute('fill')).to.equal('#fff');
      expect(svg.querySelector('path')!.getAttribute('fill')).to.equal('#000');

      const grid = drawnModules(svg);
      const quiet = [0, 1, 2, 3, side - 4, side - 3, side - 2, side - 1];
      for (const i of quiet) {
        expect(grid[i].some(Boolean), `quiet row ${i}`).to.equal(false);
        expect(
          grid.some((row) => row[i]),
          `quiet column ${i}`,
        ).to.equal(false);
      }
      expect(isFinderAt(grid, 4, 4), 'top left').to.equal(true);
      expect(isFinderAt(grid, 4, side - 11), 'top right').to.equal(true);
      expect(isFinderAt(grid, side - 11, 4), 'bottom left').to.equal(true);
      expect(isFinderAt(grid, side - 11, side - 11), 'bottom right').to.equal(false);
    });

    it('warns in English too, and stays accessible on a desktop with the remove buttons', async () => {
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
      await openShare(element, 'en');
      const text = shadowText(element);
      expect(text).to.contain(DEMO_WARNING.en);
      expect(text).to.contain('Scan this QR code with an authenticator app on your phone');
      expect(text).to.contain('URI (what the QR code holds)');
      expect(text).not.to.match(/[ぁ-んァ-ン]/);
      expect(element.shadowRoot!.querySelector('svg.qr')!.getAttribute('aria-label')).to.equal(
        'QR code that adds this token to an authenticator app',
      );
      expect(parseOtpauthUri(shownUri(element)).account).to.equal('SYDC12345678');
      await expect(element).to.be.accessible();
    });

    it('says that codes from a phone may be refused while demo time is fixed or moved', async () => {
      const moved = 'このデモの時刻は止まっているか、ずらされています。';
      const fixed = await fixture<SoftToken>(
        html`<soft-token credential-id="VSMT12345678" secret=${RFC_SECRET} time="59000"></soft-token>`,
      );
      await openShare(fixed, 'ja');
      expect(shadowText(fixed)).to.contain(moved);

      const clock = createClock();
      const running = await fixture<SoftToken>(
        html`<soft-token credential-id="SYMC12345678" secret=${RFC_SECRET} .clock=${clock}></soft-token>`,
      );
      await openShare(running, 'ja');
      expect(shadowText(running)).not.to.contain(moved);
      clock.shift(10 * 60_000);
      await running.updateComplete;
      expect(shadowText(running)).to.contain(moved);
      clock.reset();
      await running.updateComplete;
      expect(shadowText(running)).not.to.contain(moved);
    });

    it('follows a new secret and credential ID', async () => {
      const element = await mobileToken(frozenClock());
      await openShare(element, 'ja');
      const before = element.shadowRoot!.querySelector('svg.qr path')!.getAttribute('d');
      element.credentialId = 'SYMC87654321';
      element.secret = 'JBSWY3DPEHPK3PXP';
      const path = () => element.shadowRoot!.querySelector('svg.qr path')?.getAttribute('d');
      // The old QR code goes at once (it holds the old secret); the new one follows.
      await element.updateComplete;
      expect(path()).not.to.equal(before);
      await waitUntil(() => path(), 'the QR code was not drawn again');
      expect(path()).not.to.equal(before);
      const parsed = parseOtpauthUri(shownUri(element));
      expect(parsed.account).to.equal('SYMC87654321');
      expect(parsed.secret).to.deep.equal(base32Decode('JBSWY3DPEHPK3PXP'));
    });

    it('copies the URI by keyboard and says so', async () => {
      await allowClipboard(true);
      const element = await mobileToken(frozenClock());
      let codeCopied = 0;
      element.addEventListener('code-copied', () => codeCopied++);
      button(element, ADD_TO_PHONE.ja).focus();
      await sendKeys({ press: 'Enter' });
      await qrShown(element);
      button(element, 'URIをコピー').focus();
      await sendKeys({ press: 'Enter' });
      const status = sharePanel(element).querySelector('[role=status]')!;
      await waitUntil(() => status.textContent!.trim() !== '', 'no status after copying the URI');
      expect(status.textContent!.trim()).to.equal('URIをコピーしました');
      expect(await clipboardText()).to.equal(shownUri(element));
      expect(codeCopied).to.equal(0);
    });

    it('writes the whole URI to the clipboard, or says to select it when it cannot', async () => {
      await allowClipboard(true);
      const element = await mobileToken(frozenClock(), { removable: false, locale: 'en' });
      await openShare(element, 'en');
      button(element, 'Copy URI').click();
      const status = sharePanel(element).querySelector('[role=status]')!;
      await waitUntil(() => status.textContent!.trim() === 'URI copied', 'URI not copied');
      expect(await clipboardText()).to.equal(shownUri(element));

      await allowClipboard(false);
      button(element, 'Copy URI').click();
      await waitUntil(
        () => status.textContent!.trim() === 'Could not copy. Please select the URI and copy it.',
        'no failure said',
      );
      // The code's own status region says nothing about the URI.
      expect(part(element, 'frame')!.querySelector('[role=status]')!.textContent!.trim()).to.equal('');
    });
  });

  it('focus() puts focus on the labelled app', async () => {
    const element = await mobileToken(frozenClock());
    element.focus();
    const frame = part(element, 'frame')!;
    expect(element.shadowRoot!.activeElement).to.equal(frame);
    expect(frame.getAttribute('role')).to.equal('group');
  });
});
