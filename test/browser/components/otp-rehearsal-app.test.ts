import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../../components/otp-rehearsal-app.js';
import type { OtpRehearsalApp } from '../../../components/otp-rehearsal-app.js';
import { StorageError } from '../../../src/store/errors.js';
import { APP_DATABASES, deleteDatabase, shadowText, messagesIn } from './fixtures.js';

async function mountApp(hash = '#/login', attributes = '') {
  history.replaceState(null, '', hash);
  const container = await fixture<HTMLElement>(
    html`<div .innerHTML=${`<otp-rehearsal-app ${attributes}></otp-rehearsal-app>`}></div>`,
  );
  const app = container.querySelector('otp-rehearsal-app') as OtpRehearsalApp;
  await waitUntil(() => app.shadowRoot?.querySelector('.screen > *'), 'no screen shown', { timeout: 8000 });
  return app;
}

const screenOf = (app: OtpRehearsalApp) => app.shadowRoot!.querySelector('.screen > *')!;

describe('<otp-rehearsal-app>', () => {
  beforeEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    await Promise.all(APP_DATABASES.map(deleteDatabase));
  });
  afterEach(async () => {
    fixtureCleanup();
    history.replaceState(null, '', '#');
    // The app's open connections close themselves when a deletion asks (versionchange).
    await Promise.all(APP_DATABASES.map(deleteDatabase));
  });

  it('shows the bank window with the practice mark and a fictional bank, and the token beside it', async () => {
    const app = await mountApp();
    const root = app.shadowRoot!;
    expect(root.querySelector('.practice-mark')!.textContent).to.equal('練習用デモ');
    expect(root.querySelector('.bank-name')!.textContent).to.equal('みらい練習信用金庫');
    expect(screenOf(app).localName).to.equal('bank-login');
    // The bank window shows the mark above the screen, which does not repeat it.
    await (screenOf(app) as LitElement).updateComplete;
    expect(screenOf(app).shadowRoot!.querySelector('.practice'), 'a second mark').to.equal(null);
    expect(screenOf(app).shadowRoot!.querySelector('h2')).not.to.equal(null);
    const panel = root.querySelector('soft-token-panel')!;
    await waitUntil(() => panel.shadowRoot?.querySelector('aside'), 'no token panel');
    expect(panel.shadowRoot!.querySelector('aside')!.getAttribute('aria-label')).to.equal(
      'ソフトウェアトークン',
    );
    await expect(app).to.be.accessible();
  });

  // First in this file: the tools' tags stay defined in this page once a test has loaded them.
  it("loads the trainer's tools, the software keyboard and the help pages only when they are opened", async () => {
    const app = await mountApp();
    const root = app.shadowRoot!;
    for (const tag of ['trainer-bar', 'guided-rehearsal', 'bank-counter', 'software-keyboard', 'bank-help']) {
      expect(customElements.get(tag), `${tag} loaded with the first screen`).to.equal(undefined);
    }
    await expect(app).to.be.accessible();

    // The software keyboard loads when it is first opened.
    const login = screenOf(app);
    login.shadowRoot!.querySelector<HTMLButtonElement>('.keyboard-links button')!.click();
    const dialog = () =>
      login.shadowRoot!.querySelector('software-keyboard')?.shadowRoot?.querySelector('dialog');
    await waitUntil(() => dialog()?.open, 'the software keyboard did not open');
    dialog()!.close();

    for (const [tag, label] of [
      ['trainer-bar', 'トレーナー用ツール'],
      ['guided-rehearsal', 'ガイド付き練習'],
    ] as const) {
      const standIn = root.querySelector<HTMLButtonElement>(`${tag} > .disclosure button`)!;
      expect(standIn.textContent!.trim()).to.equal(label);
      expect(standIn.getAttribute('aria-expanded')).to.equal('false');
      standIn.focus();
      await sendKeys({ press: 'Enter' });

      const tool = root.querySelector(tag)!;
      const toggle = () => tool.shadowRoot?.querySelector<HTMLButtonElement>('[part=toggle]');
      await waitUntil(() => toggle()?.getAttribute('aria-expanded') === 'true', `${tag} did not open`);
      expect(toggle()!.textContent!.trim()).to.equal(label);
      expect(tool.shadowRoot!.activeElement, `focus left ${tag}'s toggle`).to.equal(toggle());
      expect(root.querySelector(`${tag} > .disclosure`)).to.equal(null);
      await expect(app).to.be.accessible();
    }
    expect(customElements.get('bank-counter')).to.equal(undefined);

    // The help pages load when one is first opened.
    location.hash = '#/help/login';
    await waitUntil(() => screenOf(app).localName === 'bank-help', 'no help screen');
    await waitUntil(() => screenOf(app).shadowRoot?.querySelector('h2'), 'the help page did not load');
    expect(shadowText(screenOf(app))).to.contain('ログイン画面のご利用ガイド');

    location.hash = '#/counter';
    await waitUntil(() => screenOf(app).localName === 'bank-counter', 'no counter screen');
    await waitUntil(() => screenOf(app).shadowRoot?.querySelector('table'), 'the counter did not load');
  });

  describe("the first visit's welcome", () => {
    const welcomeOf = (app: OtpRehearsalApp) => app.shadowRoot!.querySelector('rehearsal-welcome');
    const wayIn = async (app: OtpRehearsalApp, name: string) => {
      await waitUntil(() => welcomeOf(app)?.shadowRoot?.querySelector('h2'), 'no welcome shown');
      const buttons = [...welcomeOf(app)!.shadowRoot!.querySelectorAll('button')];
      return buttons.find((button) => button.textContent!.trim() === name)!;
    };

    it('greets a first visit with the practice customer; closed, it stays closed after a reload', async () => {
      const app = await mountApp();
      const free = await wayIn(app, '自由に試す');
      expect(shadowText(welcomeOf(app)!)).to.contain('1234567890');
      await expect(app).to.be.accessible();
      free.click();
      await waitUntil(() => !welcomeOf(app), 'the welcome stayed');
      await waitUntil(
        () => app.shadowRoot!.activeElement?.classList.contains('bank-window'),
        'focus not on the bank',
      );
      fixtureCleanup();
      const reloaded = await mountApp();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(welcomeOf(reloaded)).to.equal(null);
    });

    it('takes a newcomer into the guided rehearsal', async () => {
      const app = await mountApp();
      (await wayIn(app, 'ガイド付き練習を始める')).click();
      const guide = () => app.shadowRoot!.querySelector('guided-rehearsal');
      await waitUntil(
        () => guide()?.shadowRoot?.querySelector('[part=toggle]')?.getAttribute('aria-expanded') === 'true',
        'the guided rehearsal did not open',
      );
      expect(welcomeOf(app)).to.equal(null);
    });
  });

  it('shows the token panel alone at #/token, for a window of its own, and offers that window elsewhere', async () => {
    history.replaceState(null, '', '#/token');
    const container = await fixture<HTMLElement>(
      html`<div .innerHTML=${'<otp-rehearsal-app></otp-rehearsal-app>'}></div>`,
    );
    const app = container.querySelector('otp-rehearsal-app')!;
    await waitUntil(() => app.shadowRoot?.querySelector('soft-token-panel'), 'no token panel');
    const root = app.shadowRoot!;
    expect(root.querySelector('.bank-window')).to.equal(null);
    expect(root.querySelector('rehearsal-welcome')).to.equal(null);
    expect(root.querySelector('.token-window-button')).to.equal(null);
    expect(location.hash).to.equal('#/token');
    expect(document.title).to.equal('ソフトウェアトークン — OTP Rehearsal');
    await expect(app).to.be.accessible();
    fixtureCleanup();

    const bank = await mountApp();
    const open = bank.shadowRoot!.querySelector<HTMLButtonElement>('.token-window-button')!;
    expect(open.textContent!.trim()).to.equal('トークンを別ウィンドウで開く');
  });

  it('takes its bank name from an attribute, the practice mark staying beside any name', async () => {
    for (const name of ['練習銀行', 'A very long bank name that a trainer typed for the projector']) {
      const app = await mountApp('#/login', `bank-name="${name}"`);
      const header = app.shadowRoot!.querySelector('.bank-header')!;
      expect(header.querySelector('.bank-name')!.textContent).to.equal(name);
      expect(header.querySelector('.practice-mark')!.textContent).to.equal('練習用デモ');
      expect(app.shadowRoot!.querySelector('.practice-notice')!.textContent).to.include(
        '実在の金融機関ではありません',
      );
      fixtureCleanup();
    }
  });

  it('remembers presenter mode across a reload, and it enlarges the bank and the token alike', async () => {
    const app = await mountApp();
    const root = app.shadowRoot!;
    const panel = root.querySelector('soft-token-panel')!;
    await waitUntil(() => panel.shadowRoot?.querySelector('button[data-kind=mobile]'), 'no token panel');
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[data-kind=mobile]')!.click();
    const token = () => root.querySelector('soft-token-panel')!.shadowRoot!.querySelector('soft-token');
    await waitUntil(() => token()?.shadowRoot?.querySelector('.code'), 'no token installed');
    const size = (element: Element | null | undefined) => parseFloat(getComputedStyle(element!).fontSize);
    const sizes = (shell: OtpRehearsalApp) => {
      const shellRoot = shell.shadowRoot!;
      const tokenRoot = shellRoot
        .querySelector('soft-token-panel')!
        .shadowRoot!.querySelector('soft-token')!.shadowRoot!;
      return {
        bankName: size(shellRoot.querySelector('.bank-name')),
        title: size(screenOf(shell).shadowRoot!.querySelector('h2')),
        panelTitle: size(shellRoot.querySelector('soft-token-panel')!.shadowRoot!.querySelector('h2')),
        code: size(tokenRoot.querySelector('.code')),
        credentialId: size(tokenRoot.querySelector('.credential-id')),
        countdown: size(tokenRoot.querySelector('.seconds')),
        label: size(tokenRoot.querySelector('dt')),
      };
    };
    const before = sizes(app);
    expect(app.presenter).to.equal(false);
    // The trainer bar's toggle, as the shell hears it.
    root
      .querySelector('trainer-bar')!
      .dispatchEvent(
        new CustomEvent('presenter-changed', { detail: { on: true }, bubbles: true, composed: true }),
      );
    await app.updateComplete;
    expect(app.hasAttribute('presenter')).to.equal(true);
    fixtureCleanup();

    const reloaded = await mountApp();
    expect(reloaded.presenter).to.equal(true);
    expect(reloaded.hasAttribute('presenter')).to.equal(true);
    await waitUntil(
      () =>
        reloaded
          .shadowRoot!.querySelector('soft-token-panel')!
          .shadowRoot?.querySelector('soft-token')
          ?.shadowRoot?.querySelector('.code'),
      'no token after the reload',
    );
    const after = sizes(reloaded);
    for (const key of Object.keys(before) as (keyof typeof before)[]) {
      expect(after[key] / before[key], key).to.be.closeTo(1.35, 0.01);
    }
    await expect(reloaded).to.be.accessible();

    reloaded
      .shadowRoot!.querySelector('trainer-bar')!
      .dispatchEvent(
        new CustomEvent('presenter-changed', { detail: { on: false }, bubbles: true, composed: true }),
      );
    await reloaded.updateComplete;
    fixtureCleanup();
    expect((await mountApp()).presenter).to.equal(false);
  });

  it('switches to English and remembers it across a reload', async () => {
    const app = await mountApp();
    const english = [...app.shadowRoot!.querySelectorAll<HTMLButtonElement>('.languages button')].find(
      (button) => button.textContent!.trim() === 'English',
    )!;
    english.click();
    // The English tables load on first use: the page switches once they are here, all at once.
    await waitUntil(() => english.getAttribute('aria-pressed') === 'true', 'English is never pressed');
    await app.updateComplete;
    expect(screenOf(app).getAttribute('locale')).to.equal('en');
    expect(document.documentElement.lang).to.equal('en');
    fixtureCleanup();
    const reloaded = await mountApp();
    expect(reloaded.locale).to.equal('en');
    expect(shadowText(reloaded)).to.contain('Practice demo');
    await expect(reloaded).to.be.accessible();
  });

  it('restarts a flow at its first step, saying why, when a later step is opened without it', async () => {
    const app = await mountApp('#/register/token');
    expect(screenOf(app).localName).to.equal('bank-register-auth');
    expect(location.hash).to.equal('#/register');
    const firstStep = screenOf(app) as HTMLElementTagNameMap['bank-register-auth'];
    expect(firstStep.notice).to.contain('最初の画面を表示しています');
    await expect(app).to.be.accessible();
  });

  it('shows the account page only to someone logged in', async () => {
    const app = await mountApp('#/account');
    expect(screenOf(app).localName).to.equal('bank-login');
    expect(location.hash).to.equal('#/login');
  });

  it('routes the guide link of a screen to its help page and back', async () => {
    const app = await mountApp('#/deactivate');
    location.hash = '#/help/deactivate-auth';
    await waitUntil(() => screenOf(app).localName === 'bank-help', 'help not shown');
    expect(shadowText(screenOf(app))).to.contain('ワンタイムパスワード利用停止認証画面のご利用ガイド');
    screenOf(app).shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await waitUntil(() => screenOf(app).localName === 'bank-deactivate-auth', 'did not go back');
  });

  it('says any rejection nothing else handled, focused, with 再読み込み: never nothing', async () => {
    const app = await mountApp();
    const root = app.shadowRoot!;
    const m = messagesIn('ja').common;
    // An event as the browser fires it for a rejection no one handled. (A real one would also trip
    // the test runner's own check for rejections outside a test; e2e makes a real one.)
    const rejected = (reason: unknown) => {
      const event = new PromiseRejectionEvent('unhandledrejection', {
        promise: Promise.resolve(),
        reason,
        cancelable: true,
      });
      window.dispatchEvent(event);
      return event;
    };
    const notice = () => root.querySelector<HTMLElement>('.fault');

    const storage = rejected(new StorageError('deleted', 'otp-rehearsal-bank'));
    await waitUntil(() => notice(), 'no notice shown');
    expect(notice()!.querySelector('p')!.textContent!.trim()).to.equal(m.storageFailed.deleted);
    expect(notice()!.querySelector('button')!.textContent!.trim()).to.equal(m.reload);
    expect(root.activeElement).to.equal(notice());
    // Said in words, so the console need not report it as well.
    expect(storage.defaultPrevented).to.equal(true);
    await expect(app).to.be.accessible();

    // Anything else is said too, and stays reported for whoever debugs the page.
    const bug = rejected(new TypeError('x is undefined'));
    await waitUntil(() => notice()?.textContent!.includes(m.unexpectedError), 'not said');
    expect(bug.defaultPrevented).to.equal(false);

    app.locale = 'en';
    await app.updateComplete;
    expect(notice()!.querySelector('p')!.textContent!.trim()).to.equal(
      messagesIn('en').common.unexpectedError,
    );
    expect(notice()!.querySelector('button')!.textContent!.trim()).to.equal('Reload');
  });
});
