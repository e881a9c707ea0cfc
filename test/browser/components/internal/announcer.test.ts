import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Announcer } from '../../../../components/internal/announcer.js';

/** A status region that records every text it showed. */
class AnnouncingElement extends LitElement {
  readonly announcer = new Announcer<string>(this);
  readonly transient = new Announcer<string>(this, { clearAfterMs: 50 });
  readonly shown: string[] = [];

  override updated() {
    this.shown.push(this.renderRoot.querySelector('#status')!.textContent!);
  }

  override render() {
    return html`<p id="status" role="status">${this.announcer.message ?? ''}</p>
      <p id="transient" role="status">${this.transient.message ?? ''}</p>`;
  }
}
customElements.define('test-announcing-element', AnnouncingElement);

function transientText(element: AnnouncingElement) {
  return element.renderRoot.querySelector('#transient')!.textContent;
}

describe('Announcer', () => {
  it('empties the region before each message, so the same words twice are announced twice', async () => {
    const element = await fixture<AnnouncingElement>(
      html`<test-announcing-element></test-announcing-element>`,
    );
    await element.announcer.announce('コピーしました。');
    await element.updateComplete;
    await element.announcer.announce('コピーしました。');
    await element.updateComplete;
    expect(element.shown.filter(Boolean)).to.deep.equal(['コピーしました。', 'コピーしました。']);
    expect(element.shown.at(-2)).to.equal('');
  });

  it('says the last of two messages asked for at once', async () => {
    const element = await fixture<AnnouncingElement>(
      html`<test-announcing-element></test-announcing-element>`,
    );
    await Promise.all([element.announcer.announce('first'), element.announcer.announce('second')]);
    await element.updateComplete;
    expect(element.announcer.message).to.equal('second');
  });

  it('keeps a message until cleared, and a transient one for its time only', async () => {
    const element = await fixture<AnnouncingElement>(
      html`<test-announcing-element></test-announcing-element>`,
    );
    await element.announcer.announce('kept');
    await element.transient.announce('gone soon');
    await element.updateComplete;
    expect(transientText(element)).to.equal('gone soon');
    await waitUntil(() => transientText(element) === '', 'the transient message stayed');
    expect(element.announcer.message).to.equal('kept');
    element.announcer.clear();
    expect(element.announcer.message).to.equal(undefined);
  });

  it('drops a transient message when the element leaves the page', async () => {
    const element = await fixture<AnnouncingElement>(
      html`<test-announcing-element></test-announcing-element>`,
    );
    await element.announcer.announce('kept');
    await element.transient.announce('transient');
    element.remove();
    expect(element.transient.message).to.equal(undefined);
    expect(element.announcer.message).to.equal('kept');
  });
});
