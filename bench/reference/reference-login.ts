/**
 * The floor `npm run bench` measures the app's first screen against: a page that does only what
 * the app's first screen cannot do without — open three IndexedDB databases with idb (the bank,
 * the validation service, the token device), then render one Lit form. Built with Vite and served
 * the way the app is, in the same run, so the ratio app ÷ reference says what the app adds.
 */
import { openDB } from 'idb';
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';

const DATABASES = ['bank', 'vip', 'token'].map((party) => `otp-rehearsal-reference-${party}`);

@customElement('reference-login')
export class ReferenceLogin extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font:
        1rem system-ui,
        sans-serif;
      margin: 1rem;
    }
    form {
      display: grid;
      gap: 0.5rem;
      max-width: 20rem;
    }
  `;

  @state() private opened = false;

  override connectedCallback() {
    super.connectedCallback();
    void Promise.all(
      DATABASES.map((name) =>
        openDB(name, 1, {
          upgrade(db) {
            db.createObjectStore('records', { keyPath: 'id' });
          },
        }),
      ),
    ).then(() => (this.opened = true));
  }

  override render() {
    if (!this.opened) return html`<p>読み込み中…</p>`;
    return html`<h1>ログイン</h1>
      <form @submit=${(e: Event) => e.preventDefault()}>
        <label for="contract-id">契約者ID</label>
        <input id="contract-id" name="contract-id" inputmode="numeric" autocomplete="username" />
        <label for="password">ログインパスワード</label>
        <input id="password" name="password" type="password" autocomplete="current-password" />
        <button type="submit">ログイン</button>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reference-login': ReferenceLogin;
  }
}
