import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../components/soft-token-panel.js';
import type { SoftTokenPanel } from '../../../components/soft-token-panel.js';
import type { SoftToken } from '../../../components/soft-token.js';
import { nextEvent, screenDemo, shadowText } from './fixtures.js';
import { loadMessages } from '../../../src/i18n/index.js';
import { formatCredentialId } from '../../../src/token/device.js';

const SEEDED_CUSTOMER = '2345678901';

async function panel(locale = 'ja') {
  const { demo, clock } = await screenDemo();
  const element = await fixture<SoftTokenPanel>(
    html`<soft-token-panel .device=${demo.device} .clock=${clock} locale=${locale}></soft-token-panel>`,
  );
  await waitUntil(() => tokens(element).length === 1, 'the seeded token is not shown');
  await waitUntil(() => tokens(element).every((token) => /^\d{3} \d{3}$/.test(codeOf(token))), 'no code');
  return { element, demo, clock, root: element.shadowRoot! };
}

function tokens(element: SoftTokenPanel): SoftToken[] {
  return [...element.shadowRoot!.querySelectorAll('soft-token')];
}

function codeOf(token: SoftToken): string {
  return token.shadowRoot?.querySelector('[part~=code]')?.textContent?.trim() ?? '';
}

function buttonIn(root: ShadowRoot, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((button) => button.textContent?.trim() === name);
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

/** Shift+Tab, as puppeteer's keyboard takes it: one key at a time. */
async function shiftTab() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

describe('<soft-token-panel>', () => {
  it("shows the seeded customer's mobile token", async () => {
    const { element, demo, root } = await panel();
    const [token] = tokens(element);
    const customer = await demo.bank.customer(SEEDED_CUSTOMER);
    expect(token.credentialId).to.equal(customer!.credentialId);
    expect(token.credentialId).to.match(/^SYMC\d{8}$/);
    expect(token.kind).to.equal('mobile');
    expect(token.removable).to.equal(true);
    const [installed] = await demo.device.list();
    const expected = await demo.device.code(installed, demo.clock.now());
    expect(codeOf(token)).to.equal(`${expected.code.slice(0, 3)} ${expected.code.slice(3)}`);
    expect(root.querySelector('aside')!.getAttribute('aria-label')).to.equal('ソフトウェアトークン');
    const text = shadowText(element);
    expect(text).to.contain('スマートフォンやパソコンにインストールしたアプリの代わりです。');
    expect(text).to.contain('VIP Access for Mobile をインストール');
    expect(text).to.contain('VIP Access Desktop をインストール');
    await expect(element).to.be.accessible();
  });

  it('installs VIP Access Desktop by keyboard, beside the first token', async () => {
    const { element, demo, root } = await panel();
    buttonIn(root, 'VIP Access for Mobile をインストール').focus();
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(buttonIn(root, 'VIP Access Desktop をインストール'));
    const installed = nextEvent<{ credentialId: string; kind: string }>(element, 'token-installed');
    await sendKeys({ press: 'Enter' });
    const { detail } = await installed;
    expect(detail.kind).to.equal('desktop');
    expect(detail.credentialId).to.match(/^SYDC\d{8}$/);

    await waitUntil(() => tokens(element).length === 2, 'the new token is not shown');
    const added = tokens(element)[1];
    expect(added.credentialId).to.equal(detail.credentialId);
    expect(added.kind).to.equal('desktop');
    await waitUntil(() => /^\d{3} \d{3}$/.test(codeOf(added)), 'the new token shows no code');
    await waitUntil(() => root.activeElement === added, 'focus did not move to the new token');
    expect(root.querySelector('[role=status]')!.textContent).to.contain(
      `${formatCredentialId(detail.credentialId)} をインストールしました。`,
    );
    expect((await demo.device.list()).map((token) => token.credentialId)).to.include(detail.credentialId);
    await expect(element).to.be.accessible();
  });

  it('says what it installed in the language switched to afterwards, not in the one of the moment', async () => {
    const { element, root } = await panel();
    const installed = nextEvent<{ credentialId: string }>(element, 'token-installed');
    buttonIn(root, 'VIP Access for Mobile をインストール').click();
    const shownId = formatCredentialId((await installed).detail.credentialId);
    const status = () => root.querySelector('[role=status]')!.textContent!.trim();
    await waitUntil(() => status() !== '', 'nothing said about the install');
    expect(status()).to.equal(`${shownId} をインストールしました。`);

    await loadMessages('en');
    element.locale = 'en';
    await element.updateComplete;
    expect(status()).to.equal(`Installed ${shownId}.`);
    await expect(element).to.be.accessible();
  });

  it("focuses the app just installed even when another read of the device supersedes the install's own", async () => {
    const { element, demo, root } = await panel();
    // Another tab's change, or this tab's own heard on the change feed: a read asked for while the
    // install's read is under way, which discards that one.
    const device = demo.device;
    const list = device.list.bind(device);
    let supersede = false;
    let slow = false;
    device.list = async () => {
      // The superseding read takes its time: the install is over before it shows anything.
      if (slow) {
        slow = false;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const listed = await list();
      if (supersede) {
        supersede = false;
        slow = true;
        void element.refresh();
      }
      return listed;
    };
    // From the install's commit on: the next read is the install's own.
    demo.changes.subscribe((change) => {
      if (change.party === 'token' && change.action === 'installed') supersede = true;
    });
    const installed = nextEvent<{ credentialId: string }>(element, 'token-installed');
    buttonIn(root, 'VIP Access Desktop をインストール').click();
    const { detail } = await installed;
    await waitUntil(
      () => (root.activeElement as SoftToken | null)?.credentialId === detail.credentialId,
      'focus did not move to the new token',
    );
  });

  it('says it is reading the device when the first read takes long (a database held open by an older tab), and never on a quick one', async () => {
    const { demo, clock } = await screenDemo();
    const device = demo.device;
    const list = device.list.bind(device);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    device.list = async () => {
      await held;
      return list();
    };
    const element = await fixture<SoftTokenPanel>(
      html`<soft-token-panel .device=${device} .clock=${clock}></soft-token-panel>`,
    );
    // At first, nothing: not "no apps", which may be untrue, and no line that would flash on every visit.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(shadowText(element)).not.to.contain('読み込み中');
    expect(shadowText(element)).not.to.contain('インストールされたアプリはありません。');
    await waitUntil(() => shadowText(element).includes('読み込み中…'), 'no reading line', { timeout: 2000 });
    await expect(element).to.be.accessible();
    release();
    await waitUntil(() => tokens(element).length === 1, 'the seeded token is not shown');
    expect(shadowText(element)).not.to.contain('読み込み中');

    // A quick read, as on every visit: no reading line at any moment.
    device.list = list;
    const seen: string[] = [];
    const quick = await fixture<SoftTokenPanel>(
      html`<soft-token-panel .device=${device} .clock=${clock}></soft-token-panel>`,
    );
    const watch = new MutationObserver(() => seen.push(shadowText(quick)));
    watch.observe(quick.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await waitUntil(() => tokens(quick).length === 1, 'the seeded token is not shown');
    await new Promise((resolve) => setTimeout(resolve, 700));
    watch.disconnect();
    expect(seen.filter((text) => text.includes('読み込み中'))).to.deep.equal([]);
  });

  it('keeps several tokens at once, each with its own code', async () => {
    const { element, root } = await panel();
    buttonIn(root, 'VIP Access for Mobile をインストール').click();
    await waitUntil(() => tokens(element).length === 2);
    buttonIn(root, 'VIP Access Desktop をインストール').click();
    await waitUntil(() => tokens(element).length === 3);
    await waitUntil(() => tokens(element).every((token) => /^\d{3} \d{3}$/.test(codeOf(token))));
    const ids = tokens(element).map((token) => token.credentialId);
    expect(new Set(ids).size).to.equal(3);
  });

  it('loses the device: the token leaves the panel and the device, the bank keeps it', async () => {
    const { element, demo, root } = await panel();
    const [token] = tokens(element);
    const credentialId = token.credentialId;
    const lost = nextEvent<{ credentialId: string }>(element, 'device-lost');
    buttonIn(token.shadowRoot!, '端末を紛失').focus();
    await sendKeys({ press: 'Enter' });
    await token.updateComplete;
    await shiftTab(); // from キャンセル to the confirming button
    await sendKeys({ press: 'Enter' });
    expect((await lost).detail.credentialId).to.equal(credentialId);

    await waitUntil(() => tokens(element).length === 0, 'the token is still shown');
    expect(await demo.device.list()).to.deep.equal([]);
    expect((await demo.bank.customer(SEEDED_CUSTOMER))!.credentialId).to.equal(credentialId);
    expect(shadowText(element)).to.contain('インストールされたアプリはありません。');
    const shown = formatCredentialId(credentialId);
    await waitUntil(() => root.querySelector('[role=status]')!.textContent!.includes(shown));
    expect(root.querySelector('[role=status]')!.textContent).to.contain(
      `${shown} のアプリはなくなりました。`,
    );
    expect(root.activeElement).to.equal(buttonIn(root, 'VIP Access for Mobile をインストール'));
    await expect(element).to.be.accessible();
  });

  it('uninstalls one of two tokens and keeps the other', async () => {
    const { element, demo, root } = await panel();
    buttonIn(root, 'VIP Access Desktop をインストール').click();
    await waitUntil(() => tokens(element).length === 2);
    const [seeded, desktop] = tokens(element);
    buttonIn(desktop.shadowRoot!, 'アンインストール').click();
    await desktop.updateComplete;
    buttonIn(desktop.shadowRoot!, 'アンインストール').click();
    await waitUntil(() => tokens(element).length === 1);
    expect(tokens(element)[0]).to.equal(seeded);
    expect((await demo.device.list()).map((token) => token.credentialId)).to.deep.equal([
      seeded.credentialId,
    ]);
  });

  it('uninstalls the first of two: the one left shows only its own token', async () => {
    const { element, root } = await panel();
    buttonIn(root, 'VIP Access Desktop をインストール').click();
    await waitUntil(() => tokens(element).length === 2);
    const [seeded, desktop] = tokens(element);
    const desktopId = desktop.credentialId;
    const desktopCode = () => desktop.shadowRoot!.querySelector('[part~=code]')!.textContent!.trim();
    await waitUntil(() => /^\d{3} \d{3}$/.test(desktopCode()), 'no desktop code');
    const code = desktopCode();
    buttonIn(seeded.shadowRoot!, 'アンインストール').click();
    await seeded.updateComplete;
    buttonIn(seeded.shadowRoot!, 'アンインストール').click();
    await waitUntil(() => tokens(element).length === 1);

    const [left] = tokens(element);
    await left.updateComplete;
    expect(left.credentialId).to.equal(desktopId);
    expect(left.kind).to.equal('desktop');
    await waitUntil(() => left.shadowRoot!.querySelector('[part~=code]')!.textContent!.trim() === code);
    expect(shadowText(left)).not.to.contain('よろしいですか');
    await expect(element).to.be.accessible();
  });

  it('refresh() shows the device again after a reset to the seed', async () => {
    const { element, demo, root } = await panel();
    buttonIn(root, 'VIP Access Desktop をインストール').click();
    await waitUntil(() => tokens(element).length === 2);
    await demo.resetToSeed({ tokensOnDevice: [SEEDED_CUSTOMER] });
    await element.refresh();
    await element.updateComplete;
    expect(tokens(element).length).to.equal(1);
    const customer = await demo.bank.customer(SEEDED_CUSTOMER);
    expect(tokens(element)[0].credentialId).to.equal(customer!.credentialId);
  });

  it("shows no app on a first visit: nobody else's phone", async () => {
    const { demo, clock } = await screenDemo({ tokensOnDevice: [] });
    const element = await fixture<SoftTokenPanel>(
      html`<soft-token-panel .device=${demo.device} .bank=${demo.bank} .clock=${clock}></soft-token-panel>`,
    );
    await waitUntil(() => shadowText(element).includes('インストールされたアプリはありません。'));
    expect(tokens(element)).to.deep.equal([]);
  });

  it('shows that no app is installed, without a device', async () => {
    const element = await fixture<SoftTokenPanel>(html`<soft-token-panel></soft-token-panel>`);
    expect(shadowText(element)).to.contain('インストールされたアプリはありません。');
    await expect(element).to.be.accessible();
  });

  it('speaks English, down to its tokens', async () => {
    const { element, root } = await panel('en');
    expect(root.querySelector('aside')!.getAttribute('aria-label')).to.equal('Soft token');
    const text = shadowText(element);
    expect(text).to.contain('Install VIP Access for Mobile');
    expect(text).to.contain('Install VIP Access Desktop');
    expect(shadowText(tokens(element)[0])).to.contain('Credential ID');
    expect(text + shadowText(tokens(element)[0])).not.to.match(/[ぁ-んァ-ン]/);
    await expect(element).to.be.accessible();
  });

  describe('with the bank and the change feed', () => {
    async function captioned(locale = 'ja') {
      const { demo, clock } = await screenDemo();
      const element = await fixture<SoftTokenPanel>(
        html`<soft-token-panel
          .device=${demo.device}
          .bank=${demo.bank}
          .changes=${demo.changes}
          .clock=${clock}
          locale=${locale}
        ></soft-token-panel>`,
      );
      await waitUntil(() => tokens(element).length === 1 && tokens(element)[0].caption !== '', 'no caption');
      return { element, demo, clock, root: element.shadowRoot! };
    }

    const captions = (element: SoftTokenPanel) => tokens(element).map((token) => token.caption);

    it('captions each app with whose it is, and follows registration and deactivation', async () => {
      const { element, demo, clock, root } = await captioned();
      expect(captions(element)).to.deep.equal(['佐藤 花子さんのスマートフォン']);
      const [seeded] = tokens(element);
      await seeded.updateComplete;
      expect(seeded.shadowRoot!.querySelector('[part=caption]')!.textContent).to.equal(
        '佐藤 花子さんのスマートフォン',
      );

      buttonIn(root, 'VIP Access Desktop をインストール').click();
      await waitUntil(() => tokens(element).length === 2);
      await waitUntil(() => captions(element)[1] === '未登録', 'the new app is not captioned 未登録');

      // Registered at the bank (R1 → R2), not through the panel: the change feed tells it.
      const desktop = tokens(element)[1].credentialId;
      const [installed] = (await demo.device.list()).filter((token) => token.credentialId === desktop);
      const started = await demo.bank.startRegistration('1234567890', 'Demo1234');
      if (!started.ok) throw new Error(started.code);
      const code = (await demo.device.code(installed, clock.now())).code;
      expect(await demo.bank.completeRegistration(started.ticket, desktop, code)).to.include({ ok: true });
      await waitUntil(
        () => captions(element)[1] === '山田 太郎さんのパソコン',
        'not captioned as registered',
      );

      // Reset at the counter: nobody's again.
      expect(await demo.bank.staffResetToken('1234567890')).to.include({ ok: true });
      await waitUntil(() => captions(element)[1] === '未登録', 'not captioned 未登録 after the reset');
      // A group's name says whose it is too.
      const frame = tokens(element)[0].shadowRoot!.querySelector('[role=group]')!;
      expect(frame.getAttribute('aria-labelledby')).to.equal('caption app-name credential-id');
      await expect(element).to.be.accessible();
    });

    it("captions in English with the customer's romanised name", async () => {
      const { element } = await captioned('en');
      expect(captions(element)).to.deep.equal(["Hanako Sato's phone"]);
      element.locale = 'ja';
      await element.updateComplete;
      expect(captions(element)).to.deep.equal(['佐藤 花子さんのスマートフォン']);
    });

    it('brings the token the step needs into view within the panel, leaving the page where it is', async () => {
      const [width, height] = [innerWidth, innerHeight];
      await setViewport({ width: 400, height: 900 });
      try {
        await revealsTheNeededToken();
      } finally {
        await setViewport({ width, height });
      }
    });

    async function revealsTheNeededToken() {
      const { element, demo, root } = await captioned();
      // As beside the bank on a wide screen: the panel scrolls on its own.
      element.style.cssText = 'display: block; max-height: 800px; overflow-y: auto';
      buttonIn(root, 'VIP Access Desktop をインストール').click();
      await waitUntil(() => tokens(element).length === 2);
      buttonIn(root, 'VIP Access for Mobile をインストール').click();
      await waitUntil(() => tokens(element).length === 3);
      await waitUntil(() => captions(element).every((caption) => caption !== ''));
      const inView = (token: SoftToken) => {
        const panelBox = element.getBoundingClientRect();
        const { top, bottom } = token.appBounds();
        return top >= Math.max(panelBox.top, 0) - 1 && bottom <= Math.min(panelBox.bottom, innerHeight) + 1;
      };
      const [seeded, , newest] = tokens(element);
      // Just installed: in view.
      await waitUntil(() => inView(newest), 'the app just installed is not in view');
      const pageScroll = window.scrollY;

      // A1 for the seeded customer: their phone, scrolled back into view.
      element.need = { registeredTo: SEEDED_CUSTOMER };
      await waitUntil(() => inView(seeded), "the customer's token is not brought into view");
      expect(inView(newest)).to.equal(false);
      // R2: the newest app nobody has registered.
      element.need = 'unregistered';
      await waitUntil(() => inView(newest), 'the app to register is not brought into view');
      expect(window.scrollY).to.equal(pageScroll);

      // Once for each need: the person may scroll away from it.
      element.scrollTop = 0;
      element.need = 'unregistered';
      await element.updateComplete;
      expect(element.scrollTop).to.equal(0);
      expect(await demo.device.list()).to.have.length(3);
    }
  });
});
