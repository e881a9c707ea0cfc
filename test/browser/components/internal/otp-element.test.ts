import { expect, fixture, html } from '@open-wc/testing';
import { OtpElement } from '../../../../components/internal/otp-element.js';

/** A test element with one event of each kind: a detail, and none. */
class EmittingElement extends OtpElement {
  saySomething(words: string) {
    this.emit('test-said', { words });
  }

  fallSilent() {
    this.emit('test-silenced');
  }

  typeChecks() {
    // The declaration types each event's detail: a wrong one, or a missing one, fails `tsc`.
    // @ts-expect-error `words` is a string
    this.emit('test-said', { words: 1 });
    // @ts-expect-error the event carries a detail
    this.emit('test-said');
    // @ts-expect-error only declared events
    this.emit('test-undeclared', {});
  }
}
customElements.define('test-emitting-element', EmittingElement);

declare global {
  interface GlobalEventHandlersEventMap {
    'test-said': CustomEvent<{ words: string }>;
    'test-silenced': CustomEvent<undefined>;
  }
}

describe('OtpElement emit()', () => {
  it('fires the declared event with its detail, bubbling out of shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const element = document.createElement('test-emitting-element') as EmittingElement;
    shadow.append(element);
    const heard: string[] = [];
    // Typed by the declaration: `event.detail.words` is a string.
    document.addEventListener('test-said', (event) => heard.push(event.detail.words), { once: true });
    element.saySomething('hello');
    expect(heard).to.deep.equal(['hello']);
  });

  it('fires an event without detail', async () => {
    const element = await fixture<EmittingElement>(html`<test-emitting-element></test-emitting-element>`);
    let event: CustomEvent<undefined> | undefined;
    element.addEventListener('test-silenced', (fired) => (event = fired));
    element.fallSilent();
    expect(event).to.be.instanceOf(CustomEvent);
    expect(event!.detail).to.equal(null);
    expect(event!.bubbles && event!.composed).to.equal(true);
  });
});
