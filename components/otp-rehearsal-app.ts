import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { DEMO_CUSTOMERS, openDemo, type Demo } from '../src/demo';
import {
  APP_NAME,
  formatCode,
  formatCredentialId,
  type InstalledToken,
  type TokenCode,
} from '../src/token/device';
import type { CustomerSummary } from '../src/bank/bank';
import { ClockController } from './clock-controller';

/**
 * The app shell. Until the bank screens land it shows the live domain: the seeded customers as
 * the bank has them, and each installed soft token with its current code.
 *
 * @summary OTP Rehearsal: practise a bank's one-time-password procedure.
 */
@customElement('otp-rehearsal-app')
export class OtpRehearsalApp extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: system-ui, 'Noto Sans JP', sans-serif;
      max-width: 60rem;
      margin: 0 auto;
      padding: 1rem;
      color: #1a1a1a;
    }
    .mark {
      display: inline-block;
      background: #b00020;
      color: #fff;
      padding: 0.1rem 0.5rem;
      border-radius: 0.25rem;
      font-weight: bold;
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      border: 1px solid #999;
      padding: 0.25rem 0.5rem;
      text-align: left;
    }
    .code {
      font-size: 2rem;
      font-variant-numeric: tabular-nums;
      letter-spacing: 0.1em;
    }
  `;

  private readonly ticks = new ClockController(this, (now) => void this.showCodes(now));

  @state() private demo?: Demo;
  @state() private customers: CustomerSummary[] = [];
  @state() private tokens: InstalledToken[] = [];
  @state() private codes = new Map<string, TokenCode>();
  @state() private problem?: string;

  override connectedCallback() {
    super.connectedCallback();
    if (!this.demo) void this.load();
  }

  private async load() {
    try {
      this.demo = await openDemo();
      await this.refresh();
      this.ticks.clock = this.demo.clock;
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
    }
  }

  private async refresh() {
    if (!this.demo) return;
    this.customers = await this.demo.bank.listCustomers();
    this.tokens = await this.demo.device.list();
    await this.showCodes(this.demo.clock.now());
  }

  private async showCodes(now: number) {
    if (!this.demo) return;
    const codes = new Map<string, TokenCode>();
    for (const token of this.tokens) codes.set(token.credentialId, await this.demo.device.code(token, now));
    this.codes = codes;
  }

  private async install(kind: 'mobile' | 'desktop') {
    if (!this.demo) return;
    await this.demo.device.install(kind, this.demo.clock.now());
    await this.refresh();
  }

  private async reset() {
    await this.demo?.resetToSeed();
    await this.refresh();
  }

  private customersTemplate() {
    const passwords = new Map(DEMO_CUSTOMERS.map((customer) => [customer.contractId, customer.password]));
    return html`
      <table>
        <caption>
          デモのお客さま / Demo customers
        </caption>
        <thead>
          <tr>
            <th scope="col">契約者ID</th>
            <th scope="col">ログインパスワード</th>
            <th scope="col">お名前</th>
            <th scope="col">トークンID</th>
            <th scope="col">状態</th>
          </tr>
        </thead>
        <tbody>
          ${this.customers.map(
            (customer) =>
              html`<tr>
                <td>${customer.contractId}</td>
                <td>${passwords.get(customer.contractId) ?? '—'}</td>
                <td>${customer.name}</td>
                <td>${customer.credentialId ? formatCredentialId(customer.credentialId) : '—'}</td>
                <td>${customer.locked ? 'ロック中 / locked' : '利用可 / active'}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    `;
  }

  private tokensTemplate() {
    return html`
      <ul>
        ${this.tokens.map((token) => {
          const shown = this.codes.get(token.credentialId);
          return html`<li>
            <div>
              ${APP_NAME[token.kind]} — トークンID / Credential ID: ${formatCredentialId(token.credentialId)}
            </div>
            <div class="code" part="code">${shown ? formatCode(shown.code) : '…'}</div>
            <div>
              ${shown ? `あと ${shown.secondsRemaining} 秒 / ${shown.secondsRemaining} s left` : nothing}
            </div>
          </li>`;
        })}
      </ul>
      <button type="button" @click=${() => this.install('mobile')}>
        VIP Access for Mobile をインストール
      </button>
      <button type="button" @click=${() => this.install('desktop')}>VIP Access Desktop をインストール</button>
    `;
  }

  override render() {
    if (this.problem) return html`<p role="alert">${this.problem}</p>`;
    if (!this.demo) return html`<p>読み込み中… / Loading…</p>`;
    const memoryNotice = this.demo.storage.kind === 'memory';
    return html`
      <header>
        <span class="mark">練習用デモ / Practice demo</span>
        <h1>OTP Rehearsal</h1>
        <p>
          これは練習用のデモです。実在の銀行ではありません。 / This is a practice demo, not a real bank. The
          bank screens are being built; below is the live emulated bank and soft token.
        </p>
        ${
          memoryNotice
            ? html`<p role="status">
                この端末ではデータを保存できません。 / Nothing will be kept:
                ${this.demo.storage.fallbackReason}
              </p>`
            : nothing
        }
      </header>
      <section aria-labelledby="customers-heading">
        <h2 id="customers-heading">銀行 / Bank</h2>
        ${this.customersTemplate()}
        <button type="button" @click=${this.reset}>デモを初期状態に戻す / Reset the demo</button>
      </section>
      <section aria-labelledby="token-heading">
        <h2 id="token-heading">ソフトウェアトークン / Soft token</h2>
        ${this.tokensTemplate()}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'otp-rehearsal-app': OtpRehearsalApp;
  }
}
