import { expect } from '@open-wc/testing';
import { RehearsalTexts } from '../../../../components/internal/rehearsal-texts.js';
import { toolMessagesFor } from '../../../../src/i18n/tool-messages.js';
import { PROCEDURES, onEvent, startRehearsal, stopRehearsal, summary } from '../../../../src/rehearsal.js';

const ja = toolMessagesFor('ja').rehearsal;
const en = toolMessagesFor('en').rehearsal;

/** A login rehearsal on its first step, and the same after a refused code and a stop. */
function states() {
  const start = startRehearsal('login-otp', 'exam', 0, { credentialId: 'SYMC12345678', startAt: 'login' });
  const refused = onEvent(start, { type: 'bank-refused', code: 'wrong-password' }, 1000);
  const stopped = stopRehearsal(refused, 65_000);
  return { start, stopped, result: summary(stopped, 65_000) };
}

describe('RehearsalTexts', () => {
  it('says each sentence whole in Japanese, with Japanese punctuation', () => {
    const texts = new RehearsalTexts(ja);
    const { start, stopped, result } = states();
    const title = ja.title(ja.procedures['login-otp'].label, ja.modes.exam.label);
    expect(texts.title(start)).to.equal(title);
    expect(texts.startAnnouncement(start)).to.equal(
      `${title}。${ja.useCustomer('2345678901', 'Demo2345')}${ja.examNote}`,
    );
    expect(texts.summaryAnnouncement(stopped, result)).to.equal(
      `練習の結果：${title}。${ja.stopped}かかった時間は1分5秒、間違いは1回、得点は0点です。`,
    );
    expect(texts.stepAnnouncement({ ...start, mode: 'guided' })).to.equal(
      `ログイン：①${ja.steps['login-contract-id'].text}`,
    );
  });

  it('says them in English with English punctuation: no full-width brackets, stops or colons', () => {
    const texts = new RehearsalTexts(en);
    const { start, stopped, result } = states();
    const sentences = [
      texts.startAnnouncement(start),
      texts.startAnnouncement({ ...start, mode: 'guided' }),
      texts.summaryAnnouncement(stopped, result),
      en.mistakeItem(en.mistakeLabels.credentials, texts.stepLabel(PROCEDURES['login-otp'].steps[0])),
    ];
    for (const sentence of sentences) expect(sentence).not.to.match(/[（）。：、]/);
    expect(sentences[1]).to.contain(`${en.parts.login}: ① ${en.steps['login-contract-id'].text}`);
    expect(sentences[3]).to.equal(`${en.mistakeLabels.credentials} (${en.stepLabel(en.parts.login, '①')})`);
  });
});
