import { html, nothing } from 'lit';
import type { ToolMessages } from '../../src/i18n/tools.js';
import {
  EXAM_MISTAKE_PENALTY,
  currentStep,
  offScreen,
  PROCEDURE_IDS,
  REHEARSAL_MODES,
  procedureOf,
  type ProcedureId,
  type RehearsalMode,
  type RehearsalState,
  type RehearsalSummary,
} from '../../src/rehearsal.js';
import type { RehearsalTexts } from './rehearsal-texts.js';

// <guided-rehearsal>'s panels as templates of what they are given: the launcher (which procedure,
// which mode), the step under way, and the result. They render into the element's root, with its
// styles.

type RehearsalMessages = ToolMessages['rehearsal'];

/** The launcher as chosen so far. */
export interface LauncherState {
  procedure: ProcedureId;
  mode: RehearsalMode;
  /** Setting up is under way, or there is no demo: starting waits. */
  waiting: boolean;
  /** Setting up the last one failed. */
  problem: boolean;
}

export interface LauncherActions {
  chooseProcedure(procedure: ProcedureId): void;
  chooseMode(mode: RehearsalMode): void;
  start(event: SubmitEvent): void;
}

function choiceTemplate(
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

/** The form that chooses a procedure and a mode, and starts. */
export function launcherTemplate(m: RehearsalMessages, state: LauncherState, actions: LauncherActions) {
  return html`<form novalidate @submit=${actions.start}>
    <p>${m.intro}</p>
    <fieldset>
      <legend>${m.procedureLegend}</legend>
      <div class="choices">
        ${PROCEDURE_IDS.map((id) =>
          choiceTemplate('procedure', id, m.procedures[id], state.procedure === id, () =>
            actions.chooseProcedure(id),
          ),
        )}
      </div>
    </fieldset>
    <fieldset>
      <legend>${m.modeLegend}</legend>
      <div class="choices">
        ${REHEARSAL_MODES.map((mode) =>
          choiceTemplate('mode', mode, m.modes[mode], state.mode === mode, () => actions.chooseMode(mode)),
        )}
      </div>
    </fieldset>
    <p>${m.resetWarning}</p>
    <div class="actions">
      <button type="submit" class="primary start" aria-disabled=${state.waiting ? 'true' : 'false'}>
        ${m.start}
      </button>
    </div>
    ${state.problem ? html`<p class="problem" role="alert">${m.setupFailed}</p>` : nothing}
  </form>`;
}

/**
 * The step to do now, in the guide's words, what to do in this demo, and where: the screen to go
 * to, or the view to show first (`reveals`, the control that shows it); after a mistake, a hint.
 */
export function stepTemplate(
  m: RehearsalMessages,
  texts: RehearsalTexts,
  state: RehearsalState,
  reveals: string | undefined,
) {
  const step = currentStep(state);
  if (!step) return nothing;
  const total = procedureOf(state).steps.length;
  const off = offScreen(state);
  return html`<p class="progress">${m.progress(m.parts[step.part], state.step + 1, total)}</p>
    <p class="step-text">
      ${step.number ? html`<span class="number">${step.number}</span>` : nothing}${m.steps[step.key].text}
    </p>
    <p class="explain">${m.steps[step.key].explain(texts.context(state))}</p>
    ${off ? html`<p class="where">${m.goTo(m.screens[off])}</p>` : nothing}
    ${reveals ? html`<p class="where">${m.revealFirst(reveals)}</p>` : nothing}
    ${
      state.hint
        ? html`<div class="hint">
            <h3>${m.hintTitle}</h3>
            <p>${texts.hint(state)}</p>
          </div>`
        : nothing
    }`;
}

/** The result of a rehearsal that ended: time, mistakes and where, the score of an exam. */
export function summaryTemplate(
  m: RehearsalMessages,
  texts: RehearsalTexts,
  view: { state: RehearsalState; result: RehearsalSummary; lang: string },
  actions: { again(): void; close(): void },
) {
  const { state, result } = view;
  const steps = procedureOf(state).steps;
  return html`<aside
    class="overlay summary"
    part="overlay"
    data-corner="bottom-left"
    aria-labelledby="summary-title"
    lang=${view.lang}
  >
    <h2 id="summary-title" tabindex="-1">${m.summaryTitle}</h2>
    <p>${texts.title(state)}</p>
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
                  html`<li>
                    ${m.mistakeItem(m.mistakeLabels[mistake.hint], texts.stepLabel(steps[mistake.step]))}
                  </li>`,
              )}
            </ul>`
        : html`<p>${m.noMistakes}</p>`
    }
    <div class="actions">
      <button type="button" class="primary again" @click=${() => actions.again()}>${m.again}</button>
      <button type="button" class="close" @click=${() => actions.close()}>${m.close}</button>
    </div>
  </aside>`;
}
