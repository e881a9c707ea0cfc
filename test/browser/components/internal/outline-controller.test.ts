import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { OutlineController } from '../../../../components/internal/outline-controller.js';

/** A host for the controller: outlines `target`, keeps its panel clear, looks for switches in `scope`. */
class OutlineHost extends LitElement {
  target?: Element;
  scope: ParentNode = document;
  panel?: HTMLElement;
  readonly outliner = new OutlineController(this, {
    targets: () => [{ which: 'target', element: this.target }],
    stepKey: () => 'step',
    scope: () => this.scope,
    panel: () => this.panel ?? null,
  });
}
customElements.define('outline-host', OutlineHost);

describe('OutlineController', () => {
  async function setUp(withSwitch: boolean) {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        ${
          withSwitch
            ? html`<div style="position: fixed; top: 0; left: 0; right: 0; height: 50px">
                <button data-reveals=".bank" style="height: 50px">銀行の画面</button>
              </div>`
            : ''
        }
        <button class="target" style="position: fixed; bottom: 20px; left: 0; right: 0">登録</button>
        <div class="panel" style="position: fixed; width: 300px; height: 200px"></div>
        <outline-host></outline-host>
      </div>`,
    );
    const host = page.querySelector<OutlineHost>('outline-host')!;
    host.target = page.querySelector('.target')!;
    host.panel = page.querySelector<HTMLElement>('.panel')!;
    host.scope = page;
    host.outliner.active = true;
    await waitUntil(() => host.outliner.outlines.length === 1, 'no outline');
    return host;
  }

  it('puts the panel in a top corner below the view switch, which stays clear for taps', async () => {
    const host = await setUp(true);
    await waitUntil(() => host.outliner.topClear === 50, `topClear is ${host.outliner.topClear}`);
    expect(host.outliner.corner).to.match(/^top-/);
    host.outliner.active = false;
  });

  it('keeps nothing clear at the top where there is no view switch', async () => {
    const host = await setUp(false);
    expect(host.outliner.topClear).to.equal(0);
    expect(host.outliner.corner).to.match(/^top-/);
    host.outliner.active = false;
  });
});
