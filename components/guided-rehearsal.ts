import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Demo } from '../src/demo.js';
import { isLocale, messagesFor, type Locale } from '../src/i18n/index.js';
import { toolMessagesFor } from '../src/i18n/tool-messages.js';
import type { RehearsalContext, ToolMessages } from '../src/i18n/tools.js';
import {
  EXAM_MISTAKE_PENALTY,
  PROCEDURES,
  PROCEDURE_IDS,
  REHEARSAL_MODES,
  SCREEN_OF_ELEMENT,
  currentStep,
  isField,
  isFinished,
  isOver,
  offScreen,
  onEvent,
  procedureOf,
  startRehearsal,
  stepTarget,
  stepToken,
  stopRehearsal,
  summary,
  type ProcedureId,
  type RehearsalEvent,
  type RehearsalMode,
  type RehearsalState,
  type RehearsalSummary,
  type Step,
  type Target,
} from '../src/rehearsal.js';
import { parseHash } from '../src/router.js';
import { applyScenario } from '../src/scenarios.js';
import { formatCredentialId } from '../src/token/device.js';
import { defineElement } from './internal/define.js';
import { guidedRehearsalStyles } from './guided-rehearsal.styles.js';
import { disclosureBarStyles } from './internal/styles.js';
import {
  CORNERS,
  OUTLINE_GAP,
  OutlineController,
  composedContains,
  cornersClearOf,
  hasBox,
  sameOutlines,
  type Corner,
  type Outline,
} from './internal/outline-controller.js';

type RehearsalMessages = ToolMessages['rehearsal'];

/** The app's events the rehearsal follows; they bubble and are composed, so they reach `window`. */
const APP_EVENTS = [
  'bank-refused',
  'token-installed',
  'token-uninstalled',
  'device-lost',
  'otp-registered',
  'token-reset',
  'otp-requested',
  'login-succeeded',
  'registration-started',
  'deactivation-started',
  'otp-deactivated',
  'flow-finished',
  'flow-cancelled',
  'logged-out',
  'customer-unlocked',
  'code-copied',
] as const;

/** `input` is composed too: typing in a bank field reaches `window`, its path through open shadow roots. */
const FIELD_EVENTS = ['input', 'keyboard-committed'] as const;

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
 */
@defineElement('guided-rehearsal')
export class GuidedRehearsal extends LitElement {
  static override styles = [disclosureBarStyles, guidedRehearsalStyles];

  private readonly outliner = new OutlineController(this, () => this.measure());
  /** The step the page was last scrolled to, so it scrolls once per step, not while the person scrolls. */
  private scrolledFor?: string;

  @state() private procedure: ProcedureId = 'registration';
  @state() private mode: RehearsalMode = 'guided';
  @state() private rehearsal?: RehearsalState;
  @state() private result?: RehearsalSummary;
  @state() private busy = false;
  @state() private problem = false;
  @state() private collapsed = false;
  @state() private outlines: readonly Outline[] = [];
  @state() private corner: Corner = 'bottom-left';
  @state() private announcement = '';

  /** The demo to set up (src/scenarios.ts) for the chosen procedure. */
  @property({ attribute: false }) demo?: Demo;

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
    for (const type of [...APP_EVENTS, ...FIELD_EVENTS]) window.addEventListener(type, this.onAppEvent);
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('scenario-applied', this.onDemoChanged);
    window.addEventListener('demo-reset', this.onDemoChanged);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    for (const type of [...APP_EVENTS, ...FIELD_EVENTS]) window.removeEventListener(type, this.onAppEvent);
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
  }

  private get messages(): RehearsalMessages {
    return toolMessagesFor(this.language).rehearsal;
  }

  private get language(): Locale {
    return isLocale(this.locale) ? this.locale : 'ja';
  }

  /** Focus goes to the toggle: the shell opens the launcher the first time, once its code has loaded. */
  override focus(options?: FocusOptions) {
    this.renderRoot.querySelector<HTMLElement>('[part=toggle]')?.focus(options);
  }

  private emit<T>(type: string, detail: T) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Empties the live region first, so the same words twice in a row are announced twice. */
  private async announce(text: string) {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
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
    const translated = this.toRehearsalEvent(event);
    if (translated) this.apply(translated);
  };

  /** The app's DOM event as the rehearsal sees it; undefined for what it does not follow. */
  private toRehearsalEvent(event: Event): RehearsalEvent | undefined {
    const detail = (event as CustomEvent).detail;
    switch (event.type) {
      case 'input':
      case 'keyboard-committed': {
        const path = event.composedPath();
        const screenElement = path.find(
          (node): node is Element =>
            node instanceof Element && Object.hasOwn(SCREEN_OF_ELEMENT, node.localName),
        );
        if (!screenElement) return undefined;
        const screen = SCREEN_OF_ELEMENT[screenElement.localName];
        // The software keyboard's 決定 sets the password as typing does.
        if (event.type === 'keyboard-committed') {
          return { type: 'field', screen, field: 'password', value: String(detail?.value ?? '') };
        }
        const input = path[0];
        if (!(input instanceof HTMLInputElement) || !isField(input.id)) return undefined;
        return { type: 'field', screen, field: input.id, value: input.value };
      }
      case 'bank-refused':
        return { type: 'bank-refused', code: detail.code };
      case 'token-installed':
        return { type: 'token-installed', credentialId: detail.credentialId, kind: detail.kind };
      case 'token-uninstalled':
      case 'device-lost':
      case 'otp-registered':
        return { type: event.type, credentialId: detail.credentialId };
      case 'token-reset':
        return { type: 'token-reset', contractId: detail.contractId };
      case 'otp-requested':
      case 'login-succeeded':
      case 'registration-started':
      case 'deactivation-started':
      case 'otp-deactivated':
      case 'flow-finished':
      case 'flow-cancelled':
      case 'logged-out':
      case 'customer-unlocked':
      case 'code-copied':
        return { type: event.type };
      default:
        return undefined;
    }
  }

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
    if (next.outcome === 'mistake') void this.announce(this.hintText(next));
    else if (next.step !== before.step) void this.announce(this.stepAnnouncement(next));
  }

  // --- Outlines ------------------------------------------------------------------------------

  /** Where the app's controls are searched: `scope`, or the root this element is in. */
  private get searchRoot(): ParentNode {
    return this.scope ?? (this.getRootNode() as ParentNode);
  }

  /** The element a target names, through open shadow roots from the scope. */
  private find(target: Target): Element | undefined {
    let root: ParentNode | undefined = this.searchRoot;
    let found: Element | undefined;
    target.path.forEach((selector, index) => {
      if (!root) return;
      const last = index === target.path.length - 1;
      const text = target.text;
      found =
        last && text !== undefined
          ? [...root.querySelectorAll(selector)].find((element) => element.textContent?.includes(text))
          : (root.querySelector(selector) ?? undefined);
      root = found ? (found.shadowRoot ?? found) : undefined;
    });
    return found;
  }

  private measure() {
    const rehearsal = this.rehearsal;
    const outlines: Outline[] = [];
    if (rehearsal && !isOver(rehearsal) && rehearsal.mode === 'guided') {
      for (const which of ['target', 'source'] as const) {
        const target = stepTarget(rehearsal, which);
        const found = target && this.find(target);
        // Hidden (the other view on a phone-width screen): outline what shows it instead.
        const revealer = found && !hasBox(found) ? this.revealerOf(found) : undefined;
        const element = revealer ?? found;
        if (!element || !hasBox(element)) continue;
        if (which === 'target') this.scrollToStep(rehearsal, element);
        // After the scroll, if there was one.
        const now = element.getBoundingClientRect();
        outlines.push({
          which,
          top: Math.round(now.top - OUTLINE_GAP),
          left: Math.round(now.left - OUTLINE_GAP),
          width: Math.round(now.width + 2 * OUTLINE_GAP),
          height: Math.round(now.height + 2 * OUTLINE_GAP),
          ...(revealer ? { reveals: revealer.textContent?.trim() ?? '' } : {}),
        });
      }
    }
    if (!sameOutlines(outlines, this.outlines)) this.outlines = outlines;
    const corner = this.freeCorner(outlines);
    if (corner !== this.corner) this.corner = corner;
  }

  /**
   * The control that shows a hidden `element`: in the scope, a `[data-reveals]` control whose
   * selector names a region holding it (the shell's 銀行 / トークン switch at phone width).
   */
  private revealerOf(element: Element): HTMLElement | undefined {
    const root = this.searchRoot;
    return [...root.querySelectorAll<HTMLElement>('[data-reveals]')].find((control) => {
      const region = root.querySelector(control.dataset.reveals!);
      return region !== null && composedContains(region, element) && hasBox(control);
    });
  }

  /** Brings a new step's control into view once; after that, the person scrolls as they like. */
  private scrollToStep(rehearsal: RehearsalState, element: Element) {
    const key = `${rehearsal.startedAt}:${rehearsal.step}`;
    if (this.scrolledFor === key) return;
    this.scrolledFor = key;
    const rect = element.getBoundingClientRect();
    const visible = rect.top >= 0 && rect.bottom <= window.innerHeight;
    // On a small screen the panel can cover it in every corner: in the middle, one corner is clear.
    const covered = this.cornersClearOf([rect]).length === 0;
    if (!visible || covered) element.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  /** The first corner where the panel covers no outline (bottom left unless that hides the control). */
  private freeCorner(outlines: readonly Outline[]): Corner {
    if (outlines.length === 0) return 'bottom-left';
    // The control to use must stay visible; what to read too, where there is room for both.
    const target = outlines.filter((outline) => outline.which === 'target');
    return this.cornersClearOf(outlines)[0] ?? this.cornersClearOf(target)[0] ?? 'bottom-left';
  }

  /** The corners where the panel would cover none of `boxes` (viewport rectangles). */
  private cornersClearOf(boxes: readonly Pick<DOMRect, 'top' | 'left' | 'width' | 'height'>[]): Corner[] {
    const overlay = this.renderRoot.querySelector<HTMLElement>('.overlay');
    if (!overlay) return [...CORNERS];
    return cornersClearOf(boxes, { width: overlay.offsetWidth, height: overlay.offsetHeight });
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
    const procedure = PROCEDURES[this.procedure];
    try {
      const setup = await applyScenario(demo, procedure.scenario);
      this.rehearsal = startRehearsal(procedure.id, this.mode, this.now(), {
        credentialId: setup.credentialId,
        startAt: setup.startAt,
      });
      this.result = undefined;
      this.open = false;
      this.collapsed = false;
      this.scrolledFor = undefined;
      this.emit('scenario-applied', {
        id: procedure.scenario,
        startAt: setup.startAt,
        contractId: setup.customer.contractId,
        ...(setup.ticket ? { ticket: setup.ticket } : {}),
      });
      await this.focusOn('.overlay h2');
      await this.announce(this.startAnnouncement(this.rehearsal));
    } catch {
      this.problem = true;
    } finally {
      this.busy = false;
    }
  }

  private async finish(state: RehearsalState) {
    const result = summary(state, this.now());
    this.result = result;
    this.outlines = [];
    await this.focusOn('.overlay h2');
    await this.announce(this.summaryAnnouncement(state, result));
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
    this.outlines = [];
    this.announcement = '';
    await this.focusOn('[part=toggle]');
  }

  // --- Texts ---------------------------------------------------------------------------------

  private context(state: RehearsalState): RehearsalContext {
    const m = this.messages;
    const { customer } = procedureOf(state);
    const step = currentStep(state);
    const token = stepToken(state);
    return {
      contractId: customer.contractId,
      password: customer.password,
      credentialId: token ? formatCredentialId(token) : '',
      step: step ? this.stepLabel(step) : '',
      screen: step?.screen ? m.screens[step.screen] : '',
    };
  }

  private stepLabel(step: Step) {
    const m = this.messages;
    return m.stepLabel(m.parts[step.part], step.number);
  }

  private stepText(step: Step) {
    return `${step.number ?? ''}${this.messages.steps[step.key].text}`;
  }

  private hintText(state: RehearsalState) {
    return state.hint ? this.messages.hints[state.hint](this.context(state)) : '';
  }

  private titleText(state: RehearsalState) {
    const m = this.messages;
    return m.title(m.procedures[state.procedure].label, m.modes[state.mode].label);
  }

  private stepAnnouncement(state: RehearsalState) {
    const step = currentStep(state);
    return step ? `${this.messages.parts[step.part]}: ${this.stepText(step)}` : '';
  }

  private startAnnouncement(state: RehearsalState) {
    const m = this.messages;
    const { customer } = procedureOf(state);
    const first = state.mode === 'guided' ? this.stepAnnouncement(state) : m.examNote;
    return [this.titleText(state), m.useCustomer(customer.contractId, customer.password), first].join(' ');
  }

  private summaryAnnouncement(state: RehearsalState, result: RehearsalSummary) {
    const m = this.messages;
    return [
      `${m.summaryTitle}: ${this.titleText(state)}.`,
      result.completed ? m.completed : m.stopped,
      `${m.duration}: ${m.durationValue(result.durationMs)}.`,
      `${m.mistakes}: ${m.mistakeCount(result.mistakes)}.`,
      result.score !== undefined ? `${m.score}: ${m.scoreValue(result.score)}.` : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  // --- Templates -----------------------------------------------------------------------------

  private launcherTemplate() {
    const m = this.messages;
    return html`<form novalidate @submit=${this.start}>
      <p>${m.intro}</p>
      <fieldset>
        <legend>${m.procedureLegend}</legend>
        <div class="choices">
          ${PROCEDURE_IDS.map((id) =>
            this.choiceTemplate('procedure', id, m.procedures[id], this.procedure === id, () => {
              this.procedure = id;
            }),
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>${m.modeLegend}</legend>
        <div class="choices">
          ${REHEARSAL_MODES.map((mode) =>
            this.choiceTemplate('mode', mode, m.modes[mode], this.mode === mode, () => {
              this.mode = mode;
            }),
          )}
        </div>
      </fieldset>
      <p>${m.resetWarning}</p>
      <div class="actions">
        <button
          type="submit"
          class="primary start"
          aria-disabled=${this.busy || !this.demo ? 'true' : 'false'}
        >
          ${m.start}
        </button>
      </div>
      ${this.problem ? html`<p class="problem" role="alert">${m.setupFailed}</p>` : nothing}
    </form>`;
  }

  private choiceTemplate(
    name: string,
    value: string,
    text: { label: string; description: string },
    checked: boolean,
    choose: () => void,
  ) {
    const id = `${name}-${value}`;
    return html`<div class="choice">
      <input
        type="radio"
        id=${id}
        name=${name}
        value=${value}
        .checked=${checked}
        aria-describedby="${id}-description"
        @change=${choose}
      />
      <label for=${id}>${text.label}</label>
      <p class="description" id="${id}-description">${text.description}</p>
    </div>`;
  }

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
        ${this.open ? this.launcherTemplate() : nothing}
      </div>
    </div>`;
  }

  private stepTemplate(state: RehearsalState) {
    const m = this.messages;
    const step = currentStep(state);
    if (!step) return nothing;
    const total = procedureOf(state).steps.length;
    const off = offScreen(state);
    const reveals = this.outlines.find((outline) => outline.which === 'target')?.reveals;
    return html`<p class="progress">${m.parts[step.part]} · ${m.progress(state.step + 1, total)}</p>
      <p class="step-text">
        ${step.number ? html`<span class="number">${step.number}</span>` : nothing}${m.steps[step.key].text}
      </p>
      <p class="explain">${m.steps[step.key].explain(this.context(state))}</p>
      ${off ? html`<p class="where">${m.goTo(m.screens[off])}</p>` : nothing}
      ${reveals ? html`<p class="where">${m.revealFirst(reveals)}</p>` : nothing}
      ${
        state.hint
          ? html`<div class="hint">
              <h3>${m.hintTitle}</h3>
              <p>${this.hintText(state)}</p>
            </div>`
          : nothing
      }`;
  }

  private runningTemplate(state: RehearsalState) {
    const m = this.messages;
    const { customer } = procedureOf(state);
    return html`<aside
      class="overlay"
      part="overlay"
      data-corner=${this.corner}
      aria-labelledby="overlay-title"
      lang=${this.language}
    >
      <div class="overlay-head">
        <h2 id="overlay-title" tabindex="-1">${this.titleText(state)}</h2>
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
        ${state.mode === 'guided' ? this.stepTemplate(state) : html`<p>${m.examNote}</p>`}
        <div class="actions">
          <button type="button" class="stop" @click=${this.stop}>${m.stop}</button>
        </div>
      </div>
    </aside>`;
  }

  private summaryTemplate(state: RehearsalState, result: RehearsalSummary) {
    const m = this.messages;
    const steps = procedureOf(state).steps;
    return html`<aside
      class="overlay summary"
      part="overlay"
      data-corner="bottom-left"
      aria-labelledby="summary-title"
      lang=${this.language}
    >
      <h2 id="summary-title" tabindex="-1">${m.summaryTitle}</h2>
      <p>${this.titleText(state)}</p>
      <p>${result.completed ? m.completed : m.stopped}</p>
      <dl>
        <dt>${m.duration}</dt>
        <dd class="duration">${m.durationValue(result.durationMs)}</dd>
        <dt>${m.mistakes}</dt>
        <dd class="mistakes">${m.mistakeCount(result.mistakes)}</dd>
        <dt>${m.stepsDone}</dt>
        <dd>${m.stepsValue(result.stepsDone, result.total)}</dd>
        ${
          result.score !== undefined
            ? html`<dt>${m.score}</dt>
                <dd class="score">${m.scoreValue(result.score)}</dd>`
            : nothing
        }
      </dl>
      ${result.score !== undefined ? html`<p>${m.scoreRule(EXAM_MISTAKE_PENALTY)}</p>` : nothing}
      ${
        state.mistakes.length > 0
          ? html`<h3>${m.mistakeList}</h3>
              <ul>
                ${state.mistakes.map(
                  (mistake) =>
                    html`<li>${m.mistakeLabels[mistake.hint]}（${this.stepLabel(steps[mistake.step])}）</li>`,
                )}
              </ul>`
          : html`<p>${m.noMistakes}</p>`
      }
      <div class="actions">
        <button type="button" class="primary again" @click=${this.again}>${m.again}</button>
        <button type="button" class="close" @click=${this.close}>${m.close}</button>
      </div>
    </aside>`;
  }

  private outlinesTemplate() {
    const step = this.rehearsal && currentStep(this.rehearsal);
    return this.outlines.map(
      (outline) =>
        html`<div
          class="outline ${outline.which}"
          part="outline"
          aria-hidden="true"
          style=${styleMap({
            top: `${outline.top}px`,
            left: `${outline.left}px`,
            width: `${outline.width}px`,
            height: `${outline.height}px`,
          })}
        >
          ${outline.which === 'target' && step?.number ? html`<span class="badge">${step.number}</span>` : nothing}
        </div>`,
    );
  }

  override render() {
    const rehearsal = this.rehearsal;
    const result = this.result;
    return html`<div lang=${this.language}>
      ${this.barTemplate()}
      ${
        rehearsal && result
          ? this.summaryTemplate(rehearsal, result)
          : rehearsal
            ? this.runningTemplate(rehearsal)
            : nothing
      }
      ${this.outlinesTemplate()}
      <p class="sr-only" role="status">${this.announcement}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'guided-rehearsal': GuidedRehearsal;
  }
}
