import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/otp-rehearsal-app.js';
import type { OtpRehearsalApp } from '../../../components/otp-rehearsal-app.js';
import { rawOpen } from '../store/helpers.js';

const APP_DATABASES = ['otp-rehearsal-bank', 'otp-rehearsal-vip', 'otp-rehearsal-token'];

function deleteDatabase(name: string) {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** The customers in the bank's database, read around the app (which may hold it open). */
async function customerCount() {
  const db = await rawOpen('otp-rehearsal-bank');
  try {
    return await new Promise<number>((resolve, reject) => {
      const count = db.transaction('customers').objectStore('customers').count();
      count.onsuccess = () => resolve(count.result);
      count.onerror = () => reject(count.error);
    });
  } finally {
    db.close();
  }
}

describe('<otp-rehearsal-app> when a new version waits', () => {
  beforeEach(async () => {
    localStorage.clear();
    await Promise.all(APP_DATABASES.map(deleteDatabase));
  });
  afterEach(async () => {
    fixtureCleanup();
    history.replaceState(null, '', '#');
    await Promise.all(APP_DATABASES.map(deleteDatabase));
  });

  it('is ready once its first screen is shown and a first visit is seeded: the page then registers the worker', async () => {
    history.replaceState(null, '', '#/login');
    let seededWhenReady = -1;
    const app = await fixture<OtpRehearsalApp>(html`<otp-rehearsal-app></otp-rehearsal-app>`);
    await app.ready.then(async () => {
      expect(app.shadowRoot!.querySelector('.screen > bank-login'), 'the login page').not.to.equal(null);
      seededWhenReady = await customerCount();
    });
    expect(seededWhenReady).to.equal(3);
  });

  it('says so in its status region, and its 再読み込み button switches to it, by keyboard too', async () => {
    history.replaceState(null, '', '#/login');
    const app = await fixture<OtpRehearsalApp>(html`<otp-rehearsal-app></otp-rehearsal-app>`);
    await waitUntil(() => app.shadowRoot?.querySelector('.screen > *'), 'no screen shown', { timeout: 8000 });
    // Before: the region is there, right under the app bar, empty, so that what comes into it is announced.
    const region = app.shadowRoot!.querySelector('header + [role="status"]')!;
    expect(region.textContent!.trim()).to.equal('');

    let switched = 0;
    app.activateUpdate = () => switched++;
    await app.updateComplete;
    expect(region.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      '新しいバージョンがあります。再読み込み',
    );
    const button = region.querySelector('button')!;
    expect(button.textContent).to.equal('再読み込み');
    await expect(app).to.be.accessible();

    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(switched).to.equal(1);

    app.locale = 'en';
    await app.updateComplete;
    expect(region.textContent!.replace(/\s+/g, ' ').trim()).to.equal('A new version is ready.Reload');
    region.querySelector('button')!.click();
    expect(switched).to.equal(2);
  });
});
