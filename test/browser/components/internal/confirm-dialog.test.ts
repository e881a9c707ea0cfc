import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ConfirmDialog, confirmDialogStyles } from '../../../../components/internal/confirm-dialog.js';

/** Two actions behind one question each, and an unrelated button. */
class AskingElement extends LitElement {
  static override styles = confirmDialogStyles;
  readonly done: string[] = [];
  readonly question = new ConfirmDialog<'erase' | 'forget'>(this, (action) => this.done.push(action));

  override render() {
    const asking = this.question.asking;
    return html`${this.question.template({
        question: `${asking}?`,
        confirm: asking === 'erase' ? 'Erase' : 'Forget',
        cancel: 'Cancel',
      })}
      <button
        id="erase"
        @click=${(event: Event) => this.question.ask('erase', event.currentTarget as HTMLElement)}
      >
        Erase…
      </button>
      <button
        id="forget"
        @click=${(event: Event) => this.question.ask('forget', event.currentTarget as HTMLElement)}
      >
        Forget…
      </button>`;
  }
}
customElements.define('test-asking-element', AskingElement);

async function mount() {
  const element = await fixture<AskingElement>(html`<test-asking-element></test-asking-element>`);
  const root = element.shadowRoot!;
  return { element, root, opener: (id: string) => root.querySelector<HTMLButtonElement>(`#${id}`)! };
}

function dialog(root: ShadowRoot) {
  return root.querySelector('dialog');
}

async function ask(root: ShadowRoot, id: string) {
  root.querySelector<HTMLButtonElement>(`#${id}`)!.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => dialog(root)?.open, 'no dialog opened');
}

describe('ConfirmDialog', () => {
  it('asks in a modal alert dialog, the least destructive choice focused', async () => {
    const { element, root } = await mount();
    expect(dialog(root)).to.equal(null);
    await ask(root, 'erase');
    const open = dialog(root)!;
    expect(open.matches(':modal')).to.equal(true);
    expect(open.getAttribute('role')).to.equal('alertdialog');
    expect(open.textContent!.replace(/\s+/g, ' ').trim()).to.equal('erase? Erase Cancel');
    expect(root.activeElement!.textContent!.trim()).to.equal('Cancel');
    await expect(element).to.be.accessible();
  });

  it('Escape cancels: nothing done, the question gone, focus back on the control that asked', async () => {
    const { element, root, opener } = await mount();
    await ask(root, 'erase');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(root), 'the dialog stayed');
    await element.updateComplete;
    expect(element.done).to.deep.equal([]);
    expect(root.activeElement).to.equal(opener('erase'));
  });

  it('Cancel does the same', async () => {
    const { element, root, opener } = await mount();
    await ask(root, 'forget');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialog(root), 'the dialog stayed');
    await element.updateComplete;
    expect(element.done).to.deep.equal([]);
    expect(root.activeElement).to.equal(opener('forget'));
  });

  it('confirms the action asked about, once, and gives the focus back', async () => {
    const { element, root, opener } = await mount();
    await ask(root, 'forget');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(root.activeElement!.textContent!.trim()).to.equal('Forget');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => element.done.length > 0, 'nothing confirmed');
    await element.updateComplete;
    expect(element.done).to.deep.equal(['forget']);
    expect(dialog(root)).to.equal(null);
    expect(root.activeElement).to.equal(opener('forget'));
  });

  it('dismiss() closes it unanswered, without moving the focus', async () => {
    const { element, root } = await mount();
    await ask(root, 'erase');
    element.question.dismiss();
    await element.updateComplete;
    expect(dialog(root)).to.equal(null);
    expect(element.question.asking).to.equal(undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(element.done).to.deep.equal([]);
  });
});
