import { expect, fixture, html } from '@open-wc/testing';
import '../../../../components/bank-login.js';
import type { BankLogin } from '../../../../components/bank-login.js';
import { showsPracticeMark } from '../../../../components/internal/practice-mark.js';

/** A host whose shadow root holds a login screen, one level down or two. */
async function screenInside({ marked, depth }: { marked: boolean; depth: 1 | 2 }) {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  if (marked) showsPracticeMark(root);
  let parent: ShadowRoot = root;
  if (depth === 2) {
    const inner = document.createElement('div');
    root.append(inner);
    parent = inner.attachShadow({ mode: 'open' });
  }
  const screen = document.createElement('bank-login');
  parent.append(screen);
  await screen.updateComplete;
  return screen;
}

const hasMark = (screen: BankLogin) => screen.shadowRoot!.querySelector('.practice-mark') !== null;

describe('the practice mark of a bank screen', () => {
  it("shows inside any other element's shadow root", async () => {
    expect(hasMark(await screenInside({ marked: false, depth: 1 }))).to.equal(true);
    expect(hasMark(await screenInside({ marked: false, depth: 2 }))).to.equal(true);
  });

  it('is left out below a root that shows it (the app), however deep, and back when moved out', async () => {
    expect(hasMark(await screenInside({ marked: true, depth: 1 }))).to.equal(false);
    const screen = await screenInside({ marked: true, depth: 2 });
    expect(hasMark(screen)).to.equal(false);
    document.body.append(screen);
    await screen.updateComplete;
    expect(hasMark(screen)).to.equal(true);
    screen.remove();
  });
});
