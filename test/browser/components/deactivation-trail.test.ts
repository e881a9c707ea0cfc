import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/deactivation-trail.js';
import type { DeactivationStep, DeactivationTrail } from '../../../components/deactivation-trail.js';

async function trail(step: DeactivationStep, locale = 'ja') {
  const element = await fixture<DeactivationTrail>(
    html`<deactivation-trail step=${step} locale=${locale}></deactivation-trail>`,
  );
  return { element, root: element.shadowRoot! };
}

/** What the eye reads: the text without the visually hidden parts. */
function visibleText(root: ShadowRoot): string {
  const copy = root.querySelector('ol')!.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.sr-only').forEach((hidden) => hidden.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

describe('<deactivation-trail>', () => {
  it("shows the guide's trail", async () => {
    const { root } = await trail(1);
    expect(visibleText(root)).to.equal('利用者認証 >> ワンタイムパスワード入力 >> 処理結果');
    expect(root.querySelectorAll('ol > li')).to.have.length(3);
  });

  for (const step of [1, 2, 3] as const) {
    it(`marks step ${step} for the eye and for screen readers`, async () => {
      const { element, root } = await trail(step);
      const items = [...root.querySelectorAll('li')];
      const current = items[step - 1];
      expect(items.filter((item) => item.hasAttribute('aria-current'))).to.deep.equal([current]);
      expect(current.getAttribute('aria-current')).to.equal('step');
      expect(current.querySelector('.sr-only')!.textContent).to.equal('（現在の手順）');
      expect(root.querySelectorAll('.sr-only')).to.have.length(1);
      const style = getComputedStyle(current);
      const other = getComputedStyle(items[step % 3]);
      expect(style.fontWeight).to.equal('700');
      // A box, not an underline (an underline would read as a link).
      expect(getComputedStyle(current.querySelector('.name')!).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(current.querySelector('.name')!).textDecorationLine).to.equal('none');
      expect(style.color).not.to.equal(other.color);
      expect(other.fontWeight).to.equal('400');
      await expect(element).to.be.accessible();
    });
  }

  it('follows the step property', async () => {
    const { element, root } = await trail(1);
    element.step = 3;
    await element.updateComplete;
    expect(root.querySelector('[aria-current=step]')!.textContent).to.contain('処理結果');
  });

  it('speaks English', async () => {
    const { element, root } = await trail(2, 'en');
    expect(visibleText(root)).to.equal('User authentication >> One-time password >> Result');
    expect(root.querySelector('[aria-current=step] .sr-only')!.textContent).to.equal('(current step)');
    await expect(element).to.be.accessible();
  });
});
