import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { copyText } from '../../../../components/internal/clipboard.js';
import { allowClipboard, clipboardText, withoutClipboardApi } from '../../clipboard.js';

describe('copyText()', () => {
  // Chromium lets a page write to the clipboard while it has the focus, as it has once a person
  // has used it: a key pressed on a button first.
  beforeEach(async () => {
    const button = await fixture<HTMLButtonElement>(html`<button type="button">Copy</button>`);
    button.focus();
    await sendKeys({ press: 'Shift' });
  });

  it('puts the text on the clipboard and says so', async () => {
    await allowClipboard(true);
    expect(await copyText('287 082')).to.equal(true);
    expect(await clipboardText()).to.equal('287 082');
  });

  it('answers false when the browser refuses', async () => {
    await allowClipboard(false);
    expect(await copyText('287 082')).to.equal(false);
  });

  it('answers false where there is no Clipboard API (plain http)', async () => {
    const restore = withoutClipboardApi();
    try {
      expect(await copyText('287 082')).to.equal(false);
    } finally {
      restore();
    }
  });
});
