import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../../components/otp-rehearsal-app';
import type { OtpRehearsalApp } from '../../../components/otp-rehearsal-app';

const APP_DATABASES = ['otp-rehearsal-bank', 'otp-rehearsal-vip', 'otp-rehearsal-token'];

function deleteDatabase(name: string) {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

describe('<otp-rehearsal-app>', () => {
  beforeEach(() => Promise.all(APP_DATABASES.map(deleteDatabase)));
  afterEach(async () => {
    fixtureCleanup();
    // The app's open connections close themselves when a deletion asks (versionchange).
    await Promise.all(APP_DATABASES.map(deleteDatabase));
  });

  it('shows the practice-demo mark, the seeded customers and the live code of the seeded token', async () => {
    const app = await fixture<OtpRehearsalApp>(html`<otp-rehearsal-app></otp-rehearsal-app>`);
    const root = app.shadowRoot!;
    await waitUntil(() => root.querySelector('.code')?.textContent?.match(/^\d{3} \d{3}$/), 'no code shown', {
      timeout: 8000,
    });
    expect(root.textContent).to.contain('練習用デモ');
    const rows = [...root.querySelectorAll('tbody tr')].map((row) => row.querySelector('td')!.textContent);
    expect(rows).to.deep.equal(['1234567890', '2345678901', '3456789012']);
    await expect(app).to.be.accessible();
  });

  it('installs a desktop token, which then shows its own credential ID and code', async () => {
    const app = await fixture<OtpRehearsalApp>(html`<otp-rehearsal-app></otp-rehearsal-app>`);
    const root = app.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('.code').length === 1, 'seeded token not shown', {
      timeout: 8000,
    });
    const install = [...root.querySelectorAll('button')].find((button) =>
      button.textContent?.includes('Desktop'),
    )!;
    install.click();
    await waitUntil(() => root.querySelectorAll('.code').length === 2, 'installed token not shown');
    expect(root.textContent).to.match(/SYDC \d{4} \d{4}/);
  });
});
