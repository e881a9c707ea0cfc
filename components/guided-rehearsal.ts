import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DemoParties } from '../src/demo.js';
import { isLocale, messagesFor, type Locale } from '../src/i18n/index.js';
import { toolMessagesFor } from '../src/i18n/tool-messages.js';
import type { ToolMessages } from '../src/i18n/tools.js';
import {
  PROCEDURES,
  currentStep,
  isFinished,
  isOver,
  onEvent,
  procedureOf,
  startRehearsal,
  stepTarget,
  stopRehearsal,
  summary,
  type ProcedureId,
  type RehearsalEvent,
  type RehearsalMode,
  type RehearsalState,
  type RehearsalSummary,
} from '../src/rehearsal.js';
import { parseHash } from '../src/router.js';
import { applyScenario } from '../src/scenarios.js';
import { isStorageError } from '../src/store/errors.js';
import { Announcer } from './internal/announcer.js';
import { defineElement } from './internal/define.js';
import { FaultNotice } from './internal/fault-notice.js';
import { OtpElement } from './internal/otp-element.js';
import { FOLLOWED_EVENTS, rehearsalEvent } from './internal/rehearsal-events.js';
import { findTarget } from './internal/rehearsal-targets.js';
import {
  launcherTemplate,
  stepTemplate,
  summaryTemplate,
  type LauncherActions,
} from './internal/rehearsal-panels.js';
import { RehearsalTexts } from './internal/rehearsal-texts.js';
import { guidedRehearsalStyles } from './guided-rehearsal.styles.js';
import { disclosureBarStyles, faultNoticeStyles } from './internal/styles.js';
import { OutlineController } from './internal/outline-controller.js';

type RehearsalMessages = ToolMessages['rehearsal'];

/**
 * A guided rehearsal of the guide's procedures (src/rehearsal.ts): choose one — registration,
 * login with a one-time password, deactivation, changing tokens, a lost device — and a mode.
 * It sets the demo up for it (and fires `scenario-applied`, so the shell refreshes the token panel
 * and shows the first screen), then follows the person by the app's own events, heard on `window`.
 *
 * While it runs, a non-modal panel shows the step (its number ①… and the guide's wording) and, in
 * guided mode, outlines the control to use and says kindly how to recover from a mistake; the
 * person keeps using the app. An exam gives no hints and ends with a score. A polite live region
 * announces each step.
 *
 * @summary ガイド付き練習 — the guide's numbered steps, one at a time, with a result at the end.
 * @fires scenario-applied - The demo was set up for the chosen procedure: `{id, startAt, contractId, ticket?}`.
 * @csspart toggle - The button that opens and closes the launcher.
 * @csspart overlay - The panel shown while rehearsing, and the result.
 * @csspart outline - The outline drawn over the control to use (and over what to read).
 * @cssproperty --guided-rehearsal-accent - The outline's and the panel's colour.
 * @cssproperty --otp-color-text - Text colour.
 * @cssproperty --otp-color-muted - Colour of hints and secondary text.
 * @cssproperty --otp-color-error - Colour of refusals, invalid fields and destructive buttons.
 * @cssproperty --otp-color-error-tint - Background of the notice that storage failed.
 * @cssproperty --otp-color-focus - Focus ring colour.
 * @cssproperty --otp-focus-width - Focus ring width.
 * @cssproperty --otp-focus-offset - Room between a control and its focus ring.
 * @cssproperty --otp-color-bg - Background of panels and dialogs.
 * @cssproperty --otp-color-on-accent - Text on a coloured button or bar.
 * @cssproperty --otp-color-button-border - Border of plain buttons.
 * @cssproperty --otp-color-button-bg - Background of plain buttons.
 * @cssproperty --otp-color-token - The soft token's colour.
 * @cssproperty --otp-color-trainer-bg - Background of the trainer's tools.
 * @cssproperty --otp-color-trainer-border - Borders of the trainer's tools.
 * @cssproperty --otp-color-guide-bg - Background of the guided rehearsal's bar.
 * @cssproperty --otp-color-guide-border - Border of the guided rehearsal's bar.
 * @cssproperty --otp-space-s - A small spacing step.
 * @cssproperty --otp-space-m - A medium spacing step.
 * @cssproperty --otp-space-l - A large spacing step.
 * @cssproperty --otp-space-xl - The largest spacing step.
 */
@defineElement('guided-rehearsal')
export class GuidedRehearsal extends OtpElement {
  static override styles = [disclosureBarStyles, faultNoticeStyles, guidedRehearsalStyles];

  /** The outlines over the step's controls, and the corner clear of them for the panel. */
  private readonly outliner = new OutlineController(this, {
    targets: () => {
      const rehearsal = this.rehearsal;
      if (!rehearsal || isOver(rehearsal) || rehearsal.mode !== 'guided') return [];
      return (['target', 'source'] as const).map((which) => {
        const target = stepTarget(rehearsal, which);
        return { which, element: target && findTarget(this.searchRoot, target) };
      });
    },
    stepKey: () => this.rehearsal && `${this.rehearsal.startedAt}:${this.rehearsal.step}`,
    scope: () => this.searchRoot,
    panel: () => this.renderRoot.querySelector<HTMLElement>('.overlay'),
  });
  /** What the launcher's controls do. */
  private readonly launcherActions: LauncherActions = {
    chooseProcedure: (procedure) => (this.procedure = procedure),
    chooseMode: (mode) => (this.mode = mode),
    start: (event) => void this.start(event),
  };
  /**
   * Each step, each hint, the result: what the polite live region says, kept as a sentence of the
   * texts so that it is said in the language of the moment, also after a switch.
   */
  private readonly announcer = new Announcer<(texts: RehearsalTexts) => string>(this);
  /** Storage failed while setting the demo up: said with 再読み込み. */
  private readonly faults = new FaultNotice(this);

  @state() private procedure: ProcedureId = 'registration';
  @state() private mode: RehearsalMode = 'guided';
  @state() private rehearsal?: RehearsalState;
  @state() private result?: RehearsalSummary;
  @state() private busy = false;
  @state() private problem = false;
  @state() private collapsed = false;

  /** The demo to set up (src/scenarios.ts) for the chosen procedure. */
  @property({ attribute: false }) demo?: DemoParties;

  /** Language: `ja` (default) or `en`. */
  @property() locale: Locale = 'ja';

  /** The launcher (choose a procedure and a mode) is shown, not only its toggle. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Presenter mode: larger type and a thick, high-contrast outline. */
  @property({ type: Boolean, reflect: true }) presenter = false;

  /** Where the app's controls are found; defaults to the root this element is in (the shell's). */
  @property({ attribute: false }) scope?: ParentNode;

  /** The time in ms the summary measures with; real time, whatever the trainer does to the demo clock. */
  @property({ attribute: false }) now: () => number = () => performance.now();

  override connectedCallback() {
    super.connectedCallback();
    for (const type of FOLLOWED_EVENTS) window.addEventListener(type, this.onAppEvent);
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('scenario-applied', this.onDemoChanged);
    window.addEventListener('demo-reset', this.onDemoChanged);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    for (const type of FOLLOWED_EVENTS) window.removeEventListener(type, this.onAppEvent);
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('scenario-applied', this.onDemoChanged);
    window.removeEventListener('demo-reset', this.onDemoChanged);
  }

  override updated(changed: Map<PropertyKey, unknown>) {
    if (changed.has('rehearsal')) {
      const running = this.rehearsal !== undefined && !isOver(this.rehearsal);
      this.outliner.active = running && this.rehearsal?.mode === 'guided';
      this.outliner.schedule();
    }
    // Below the view switch at the top of a phone-width screen. Through the CSSOM, not a style
    // attribute: a page whose CSP refuses inline styles still places it.
    this.renderRoot
      .querySelector<HTMLElement>('.overlay')
      ?.style.setProperty('--top-clear', `${this.outliner.topClear}px`);
  }

  private get messages(): RehearsalMessages {
    return toolMessagesFor(this.language).rehearsal;
  }

  private get language(): Locale {
    return isLocale(this.locale) ? this.locale : 'ja';
  }

  private get texts(): RehearsalTexts {
    return new RehearsalTexts(this.messages);
  }

  /** Focus goes to the toggle: the shell opens the launcher the first time, once its code has loaded. */
  override focus(options?: FocusOptions) {
    this.renderRoot.querySelector<HTMLElement>('[part=toggle]')?.focus(options);
  }

  private async focusOn(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  // --- Following the person ------------------------------------------------------------------

  private readonly onHashChange = () => {
    // The shell routes on the same event, and may replace the hash (a flow restarted): read it after.
    queueMicrotask(() => this.apply({ type: 'screen', screen: parseHash(window.location.hash).screen }));
  };

  /** The trainer reset the demo or set up another scenario: this rehearsal's demo is gone, so it ends. */
  private readonly onDemoChanged = (event: Event) => {
    if (event.composedPath()[0] !== this) this.stop();
  };

  private readonly onAppEvent = (event: Event) => {
    const translated = rehearsalEvent(event);
    if (translated) this.apply(translated);
  };

  private apply(event: RehearsalEvent) {
    const before = this.rehearsal;
    if (!before || isOver(before)) return;
    const next = onEvent(before, event, this.now());
    // Kept even when ignored: it may hold an installed token or the screen the shell goes to next.
    this.rehearsal = next;
    if (isFinished(next)) {
      void this.finish(next);
      return;
    }
    // An exam says nothing until the end.
    if (next.mode !== 'guided') return;
    if (next.outcome === 'mistake') void this.announcer.announce((texts) => texts.hint(next));
    else if (next.step !== before.step) void this.announcer.announce((texts) => texts.stepAnnouncement(next));
  }

  // --- Outlines ------------------------------------------------------------------------------

  /** Where the app's controls are searched: `scope`, or the root this element is in. */
  private get searchRoot(): ParentNode {
    return this.scope ?? (this.getRootNode() as ParentNode);
  }

  // --- Actions -------------------------------------------------------------------------------

  private toggle() {
    this.open = !this.open;
  }

  private async start(event?: SubmitEvent) {
    event?.preventDefault();
    const demo = this.demo;
    if (!demo || this.busy) return;
    this.busy = true;
    this.problem = false;
    this.faults.clear();
    const procedure = PROCEDURES[this.procedure];
    try {
      const setup = await applyScenario(demo, procedure.scenario);
      const rehearsal = startRehearsal(procedure.id, this.mode, this.now(), {
        credentialId: setup.credentialId,
        startAt: setup.startAt,
      });
      this.rehearsal = rehearsal;
      this.result = undefined;
      this.open = false;
      this.collapsed = false;
      this.outliner.clear();
      this.emit('scenario-applied', {
        id: procedure.scenario,
        startAt: setup.startAt,
        contractId: setup.customer.contractId,
        ...(setup.ticket ? { ticket: setup.ticket } : {}),
      });
      await this.focusOn('.overlay h2');
      await this.announcer.announce((texts) => texts.startAnnouncement(rehearsal));
    } catch (error) {
      if (isStorageError(error)) await this.faults.show(error);
      else this.problem = true;
    } finally {
      this.busy = false;
    }
  }

  private async finish(state: RehearsalState) {
    const result = summary(state, this.now());
    this.result = result;
    this.outliner.clear();
    await this.focusOn('.overlay h2');
    await this.announcer.announce((texts) => texts.summaryAnnouncement(state, result));
  }

  private stop() {
    const rehearsal = this.rehearsal;
    if (!rehearsal || isOver(rehearsal)) return;
    const stopped = stopRehearsal(rehearsal, this.now());
    this.rehearsal = stopped;
    void this.finish(stopped);
  }

  private async again() {
    const rehearsal = this.rehearsal;
    if (rehearsal) {
      this.procedure = rehearsal.procedure;
      this.mode = rehearsal.mode;
    }
    await this.start();
  }

  private async close() {
    this.rehearsal = undefined;
    this.result = undefined;
    this.outliner.clear();
    this.announcer.clear();
    await this.focusOn('[part=toggle]');
  }

  // --- Templates -----------------------------------------------------------------------------

  private barTemplate() {
    // While rehearsing, the panel says what is going on (and is the landmark for it).
    if (this.rehearsal) return nothing;
    return html`<div class="bar">
      <h2 class="disclosure">
        <button
          type="button"
          part="toggle"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="rehearsal-launcher"
          @click=${this.toggle}
        >
          ${messagesFor(this.language).common.guidedRehearsal}
        </button>
      </h2>
      <div id="rehearsal-launcher" class="panel" ?hidden=${!this.open}>
        ${
          this.open
            ? launcherTemplate(
                this.messages,
                {
                  procedure: this.procedure,
                  mode: this.mode,
                  waiting: this.busy || !this.demo,
                  problem: this.problem,
                },
                this.launcherActions,
              )
            : nothing
        }
      </div>
    </div>`;
  }

  private runningTemplate(state: RehearsalState) {
    const m = this.messages;
    const { customer } = procedureOf(state);
    const reveals = this.outliner.outlines.find((outline) => outline.which === 'target')?.reveals;
    return html`<aside
      class="overlay"
      part="overlay"
      data-corner=${this.outliner.corner}
      aria-labelledby="overlay-title"
      lang=${this.language}
    >
      <div class="overlay-head">
        <h2 id="overlay-title" tabindex="-1">${this.texts.title(state)}</h2>
        <button
          type="button"
          class="collapse"
          aria-expanded=${this.collapsed ? 'false' : 'true'}
          aria-controls="overlay-body"
          @click=${() => (this.collapsed = !this.collapsed)}
        >
          ${this.collapsed ? m.expand : m.collapse}
        </button>
      </div>
      <div id="overlay-body" ?hidden=${this.collapsed}>
        <p class="customer">${m.useCustomer(customer.contractId, customer.password)}</p>
        ${state.mode === 'guided' ? stepTemplate(m, this.texts, state, reveals) : html`<p>${m.examNote}</p>`}
        <div class="actions">
          <button type="button" class="stop" @click=${this.stop}>${m.stop}</button>
        </div>
      </div>
    </aside>`;
  }

  override render() {
    const rehearsal = this.rehearsal;
    const result = this.result;
    return html`<div lang=${this.language}>
      ${this.barTemplate()} ${this.faults.template(messagesFor(this.language))}
      ${
        rehearsal && result
          ? summaryTemplate(
              this.messages,
              this.texts,
              { state: rehearsal, result, lang: this.language },
              { again: () => this.again(), close: () => this.close() },
            )
          : rehearsal
            ? this.runningTemplate(rehearsal)
            : nothing
      }
      ${this.outliner.template(this.rehearsal && currentStep(this.rehearsal)?.number)}
      <p class="sr-only" role="status">${this.announcer.message?.(this.texts) ?? ''}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'guided-rehearsal': GuidedRehearsal;
  }
}
