import type { RehearsalContext, ToolMessages } from '../../src/i18n/tools.js';
import {
  currentStep,
  procedureOf,
  stepToken,
  type RehearsalState,
  type RehearsalSummary,
  type Step,
} from '../../src/rehearsal.js';
import { formatCredentialId } from '../../src/token/device.js';

type RehearsalMessages = ToolMessages['rehearsal'];

/** A guided rehearsal's words for a state of it, each whole from the message tables. */
export class RehearsalTexts {
  constructor(private readonly m: RehearsalMessages) {}

  /** What the texts of a step and a hint may name: the customer, the token, the step, its screen. */
  context(state: RehearsalState): RehearsalContext {
    const { customer } = procedureOf(state);
    const step = currentStep(state);
    const token = stepToken(state);
    return {
      contractId: customer.contractId,
      password: customer.password,
      credentialId: token ? formatCredentialId(token) : '',
      step: step ? this.stepLabel(step) : '',
      screen: step?.screen ? this.m.screens[step.screen] : '',
    };
  }

  /** A step named by its part and number: 利用登録の⑤. */
  stepLabel(step: Step) {
    return this.m.stepLabel(this.m.parts[step.part], step.number);
  }

  hint(state: RehearsalState) {
    return state.hint ? this.m.hints[state.hint](this.context(state)) : '';
  }

  title(state: RehearsalState) {
    return this.m.title(this.m.procedures[state.procedure].label, this.m.modes[state.mode].label);
  }

  stepAnnouncement(state: RehearsalState) {
    const step = currentStep(state);
    if (!step) return '';
    const text = this.m.numberedStep(step.number, this.m.steps[step.key].text);
    return this.m.stepAnnouncement(this.m.parts[step.part], text);
  }

  startAnnouncement(state: RehearsalState) {
    const { customer } = procedureOf(state);
    const first = state.mode === 'guided' ? this.stepAnnouncement(state) : this.m.examNote;
    return this.m.startAnnouncement(
      this.title(state),
      this.m.useCustomer(customer.contractId, customer.password),
      first,
    );
  }

  summaryAnnouncement(state: RehearsalState, result: RehearsalSummary) {
    const m = this.m;
    return m.summaryAnnouncement({
      title: this.title(state),
      outcome: result.completed ? m.completed : m.stopped,
      duration: m.durationValue(result.durationMs),
      mistakes: m.mistakeCount(result.mistakes),
      ...(result.score !== undefined ? { score: m.scoreValue(result.score) } : {}),
    });
  }
}
