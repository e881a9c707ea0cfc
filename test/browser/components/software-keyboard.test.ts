import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/software-keyboard.js';
import { SoftwareKeyboard } from '../../../components/software-keyboard.js';
import { defineElement } from '../../../components/internal/define.js';
import { nextEvent } from './fixtures.js';

/** A keyboard, opened with show(value) as the login screen opens it. */
async function openKeyboard({ locale = 'ja', shuffle = false, value = '' } = {}) {
  const element = await fixture<SoftwareKeyboard>(
    html`<software-keyboard locale=${locale} ?shuffle=${shuffle}></software-keyboard>`,
  );
  element.show(value);
  await element.updateComplete;
  const root = element.shadowRoot!;
  return { element, root, dialog: root.querySelector('dialog')! };
}

/** A character key by its accessible name, e.g. `A (大文字)`, `1`, `!`. */
function key(root: ShadowRoot, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button.key')].find(
    (button) => button.getAttribute('aria-label') === name,
  );
  if (!found) throw new Error(`no key named ${name}`);
  return found;
}

/** A button other than a character key, by its visible text. */
function button(root: ShadowRoot, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button:not(.key)')].find(
    (candidate) => candidate.textContent!.trim() === text,
  );
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

async function click(element: SoftwareKeyboard, target: HTMLElement) {
  target.click();
  await element.updateComplete;
}

/** The faces of the keys of one group (`digit`, `letter`, `symbol`) in screen order. */
function order(root: ShadowRoot, group: string): string {
  return [...root.querySelectorAll(`button.key[data-group=${group}]`)]
    .map((keyButton) => keyButton.textContent!.trim())
    .join('');
}

async function shiftTab() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

function focused(root: ShadowRoot): HTMLElement | null {
  return root.activeElement as HTMLElement | null;
}

/** Counts the events of `type` fired on `target` from now on. */
function countEvents(target: EventTarget, type: string) {
  const counter = { count: 0 };
  target.addEventListener(type, () => counter.count++);
  return counter;
}

describe('<software-keyboard>', () => {
  it('opens as a modal dialog with show() and commits what was clicked, case toggled between', async () => {
    const { element, root, dialog } = await openKeyboard();
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(root.querySelector('h2')!.textContent).to.equal('ソフトウェアキーボード');
    expect(focused(root)?.classList.contains('key')).to.equal(true);

    const caseToggle = button(root, '大文字/小文字');
    expect(caseToggle.getAttribute('aria-pressed')).to.equal('false');
    await click(element, caseToggle);
    expect(caseToggle.getAttribute('aria-pressed')).to.equal('true');
    await click(element, key(root, 'A (大文字)'));
    await click(element, caseToggle);
    await click(element, key(root, 'b (小文字)'));
    await click(element, key(root, '1'));
    await click(element, key(root, '!'));

    const committed = nextEvent<{ value: string }>(element, 'keyboard-committed');
    await click(element, button(root, '決定'));
    const event = await committed;
    expect(event.detail).to.deep.equal({ value: 'Ab1!' });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(dialog.open).to.equal(false);
  });

  it("starts from the field's value and types up to 32 characters", async () => {
    const { element, root } = await openKeyboard({ value: 'x'.repeat(30) });
    for (let i = 0; i < 4; i++) await click(element, key(root, 'y (小文字)'));
    expect(root.querySelector('[role=status]')!.textContent).to.equal('32文字入力済み');
    const committed = nextEvent<{ value: string }>(element, 'keyboard-committed');
    await click(element, button(root, '決定'));
    expect((await committed).detail.value).to.equal(`${'x'.repeat(30)}yy`);
  });

  it('deletes one character with 1文字クリア and everything with すべてクリア', async () => {
    const { element, root } = await openKeyboard({ value: 'pass' });
    await click(element, key(root, '9'));
    await click(element, button(root, '1文字クリア'));
    await click(element, button(root, '1文字クリア'));
    expect(root.querySelector('[role=status]')!.textContent).to.equal('3文字入力済み');
    await click(element, button(root, 'すべてクリア'));
    expect(root.querySelector('[role=status]')!.textContent).to.equal('0文字入力済み');
    await click(element, button(root, '1文字クリア'));
    await click(element, key(root, 'z (小文字)'));
    const committed = nextEvent<{ value: string }>(element, 'keyboard-committed');
    await click(element, button(root, '決定'));
    expect((await committed).detail.value).to.equal('z');
  });

  it('dismisses with 閉じる, committing nothing', async () => {
    const { element, root, dialog } = await openKeyboard({ value: 'old' });
    const commits = countEvents(element, 'keyboard-committed');
    await click(element, key(root, 'q (小文字)'));
    const dismissed = nextEvent(element, 'keyboard-dismissed');
    await click(element, button(root, '閉じる'));
    const event = await dismissed;
    expect(event.detail).to.equal(null);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(dialog.open).to.equal(false);
    expect(commits.count).to.equal(0);
  });

  it('dismisses with Escape, committing nothing', async () => {
    const { element, root, dialog } = await openKeyboard();
    const commits = countEvents(element, 'keyboard-committed');
    await click(element, key(root, 'q (小文字)'));
    const dismissed = nextEvent(element, 'keyboard-dismissed');
    await sendKeys({ press: 'Escape' });
    await dismissed;
    expect(dialog.open).to.equal(false);
    expect(commits.count).to.equal(0);
  });

  it('never shows the typed characters, and announces only their count', async () => {
    const { element, root } = await openKeyboard();
    await click(element, button(root, '大文字/小文字'));
    await click(element, key(root, 'Z (大文字)'));
    await click(element, button(root, '大文字/小文字'));
    await click(element, key(root, 'q (小文字)'));
    await click(element, key(root, '7'));
    await click(element, key(root, '~'));
    const display = root.querySelector('[part=display]')!;
    const displayText = display.textContent!.replace(/\s+/g, '');
    expect(displayText).to.equal('●●●●4文字入力済み');
    for (const char of 'Zq7~') expect(displayText).not.to.contain(char);
    expect(root.querySelector('[role=status]')!.textContent).to.equal('4文字入力済み');
    expect(root.querySelector('.mask')!.getAttribute('aria-hidden')).to.equal('true');
    // The keys show single characters; the typed sequence appears nowhere in the shadow tree.
    expect(root.innerHTML).not.to.contain('Zq7~');
    expect(element.outerHTML).not.to.contain('Zq7~');
  });

  it('is usable by keyboard alone, and ignores typed characters', async () => {
    const { element, root } = await openKeyboard();
    expect(focused(root)?.getAttribute('aria-label')).to.equal('1');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(root)?.getAttribute('aria-label')).to.equal('2');
    await sendKeys({ press: 'Space' });
    // The physical keyboard types nothing while the keyboard is open.
    await sendKeys({ type: 'abc' });
    await element.updateComplete;
    expect(root.querySelector('[role=status]')!.textContent).to.equal('2文字入力済み');

    // Shift+Tab reaches the shuffle box and the case toggle; Tab comes back to the keys.
    await shiftTab();
    expect(focused(root)?.getAttribute('type')).to.equal('checkbox');
    await shiftTab();
    expect(focused(root)?.textContent!.trim()).to.equal('大文字/小文字');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(root)?.getAttribute('aria-label')).to.equal('2');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(root)?.getAttribute('aria-label')).to.equal('W (大文字)');
    await sendKeys({ press: 'Enter' });

    // One Tab leaves the keys for 1文字クリア, then すべてクリア, then 決定.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(root)?.textContent!.trim()).to.equal('決定');
    const committed = nextEvent<{ value: string }>(element, 'keyboard-committed');
    await sendKeys({ press: 'Enter' });
    expect((await committed).detail.value).to.equal('12W');
  });

  it('keeps the key order fixed with shuffle off', async () => {
    const { element, root } = await openKeyboard();
    expect(order(root, 'digit')).to.equal('1234567890');
    expect(order(root, 'letter')).to.equal('qwertyuiopasdfghjklzxcvbnm');
    expect(order(root, 'symbol')).to.equal('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
    for (let i = 0; i < 5; i++) {
      await click(element, key(root, '5'));
      expect(order(root, 'digit')).to.equal('1234567890');
      expect(order(root, 'letter')).to.equal('qwertyuiopasdfghjklzxcvbnm');
    }
  });

  it('reshuffles the keys after every character with shuffle on', async () => {
    const { element, root } = await openKeyboard({ shuffle: true });
    expect(root.querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).to.equal(true);
    const orders = [order(root, 'digit')];
    for (let i = 0; i < 5; i++) {
      await click(element, root.querySelector<HTMLButtonElement>('button.key[data-group=digit]')!);
      orders.push(order(root, 'digit'));
    }
    for (const digits of orders) expect([...digits].sort().join('')).to.equal('0123456789');
    // Five reshuffles all equal to the one before: odds (1/10!)^5.
    expect(orders.some((digits, i) => i > 0 && digits !== orders[i - 1])).to.equal(true);

    const committed = nextEvent<{ value: string }>(element, 'keyboard-committed');
    await click(element, button(root, '決定'));
    expect((await committed).detail.value).to.match(/^\d{5}$/);
  });

  it('shuffles when the box is ticked and restores the order when it is cleared', async () => {
    const { element, root } = await openKeyboard();
    const box = root.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(box.checked).to.equal(false);
    expect(root.querySelector('label')!.textContent!.trim()).to.equal('キー配列をランダムにする');
    await click(element, box);
    const orders = [order(root, 'letter')];
    for (let i = 0; i < 5; i++) {
      await click(element, root.querySelector<HTMLButtonElement>('button.key[data-group=letter]')!);
      orders.push(order(root, 'letter'));
    }
    expect(orders.some((letters, i) => i > 0 && letters !== orders[i - 1])).to.equal(true);
    await click(element, box);
    expect(order(root, 'letter')).to.equal('qwertyuiopasdfghjklzxcvbnm');
  });

  it('speaks Japanese and English', async () => {
    const ja = await openKeyboard();
    for (const text of ['1文字クリア', 'すべてクリア', '決定', '閉じる']) button(ja.root, text);
    expect(ja.dialog.getAttribute('lang')).to.equal('ja');

    const en = await openKeyboard({ locale: 'en' });
    expect(en.root.querySelector('h2')!.textContent).to.equal('Software keyboard');
    for (const text of ['Delete one', 'Clear all', 'Done', 'Close']) button(en.root, text);
    expect(en.dialog.getAttribute('lang')).to.equal('en');
    key(en.root, 'a (lower case)');
    await click(en.element, button(en.root, 'Upper/lower case'));
    await click(en.element, key(en.root, 'A (upper case)'));
    expect(en.root.querySelector('[role=status]')!.textContent).to.equal('1 character typed');
    expect(en.root.querySelector('label')!.textContent!.trim()).to.equal('Shuffle keys');
  });

  it('is accessible when open, in both languages', async () => {
    const ja = await openKeyboard();
    await expect(ja.element).to.be.accessible();
    const en = await openKeyboard({ locale: 'en' });
    await expect(en.element).to.be.accessible();
  });

  it('ignores a second definition of its tag', () => {
    expect(() => defineElement('software-keyboard')(SoftwareKeyboard)).not.to.throw();
    expect(() => defineElement('software-keyboard')(class extends HTMLElement {})).not.to.throw();
    expect(customElements.get('software-keyboard')).to.equal(SoftwareKeyboard);
  });
});
