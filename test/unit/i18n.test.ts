import { describe, expect, it, vi } from 'vitest';
import { BANK_ERROR_CODES, type BankErrorCode } from '../../src/bank/codes.js';
import { en } from '../../src/i18n/en.js';
import { enFlow } from '../../src/i18n/flow-en.js';
import { jaFlow } from '../../src/i18n/flow-ja.js';
import { enHelp } from '../../src/i18n/help-en.js';
import { customerName, failureMessage, ja } from '../../src/i18n/index.js';
import { enKeyboard } from '../../src/i18n/keyboard-en.js';
import { staffFailureMessage } from '../../src/i18n/tool-messages.js';
import { enTools } from '../../src/i18n/tools-en.js';
import { jaTools } from '../../src/i18n/tools-ja.js';
import { STORAGE_FAILURES } from '../../src/store/errors.js';

describe('messages', () => {
  it('has a message of its own for every bank result code, in both languages', () => {
    for (const [messages, flow, tools] of [
      [ja, jaFlow, jaTools],
      [en, enFlow, enTools],
    ] as const) {
      const notAccepted = messages.errors['malformed-request'];
      for (const code of BANK_ERROR_CODES) {
        // A customer's screen (the login page's texts and those of the screens after it), or the counter.
        const customers = failureMessage(messages, { code }, flow);
        const counter = staffFailureMessage(tools, messages, { code });
        expect(
          code === 'malformed-request' || customers !== notAccepted || counter !== notAccepted,
          code,
        ).toBe(true);
      }
      // The first screen carries the login page's refusals only; a code is in one of the two tables.
      expect(Object.keys(messages.errors).sort()).toEqual([
        'locked',
        'malformed-contract-id',
        'malformed-password',
        'malformed-request',
        'unknown-contract',
        'wrong-password',
      ]);
      for (const code of Object.keys(flow.errors)) expect(messages.errors).not.toHaveProperty(code);
      // The counter's answers are the tools' texts, not the customers' screens'.
      for (const code of Object.keys(tools.staffErrors)) {
        expect(BANK_ERROR_CODES).toContain(code);
        expect(messages.errors).not.toHaveProperty(code);
        expect(staffFailureMessage(tools, messages, { code: code as BankErrorCode })).toBe(
          tools.staffErrors[code as keyof typeof tools.staffErrors],
        );
      }
    }
  });

  it('says a code of the screens after the login page as a request not accepted on a screen without their texts', () => {
    expect(failureMessage(ja, { code: 'wrong-code' })).toBe(ja.errors['malformed-request']);
    expect(failureMessage(ja, { code: 'wrong-code' }, jaFlow)).toBe(jaFlow.errors['wrong-code']);
  });

  it('has a message with a way out for every reason storage can fail, in both languages', () => {
    for (const messages of [ja, en]) {
      for (const reason of STORAGE_FAILURES) {
        expect(messages.common.storageFailed[reason]).toContain(messages.common.reload);
      }
      expect(messages.common.unexpectedError).toContain(messages.common.reload);
    }
  });

  it("keeps the guide's exact labels in Japanese", () => {
    expect(ja.login.contractId).toBe('契約者ID(利用者番号)');
    expect(jaFlow.register.contractId).toBe('契約者 ID');
    expect(jaFlow.register.credentialId).toBe('トークン ID');
    expect(jaFlow.deactivate.trail.join(' >> ')).toBe('利用者認証 >> ワンタイムパスワード入力 >> 処理結果');
    expect(jaFlow.deactivate.done('00001')).toBe('ワンタイムパスワードの利用停止が完了しました。(00001)');
    expect(jaFlow.deactivate.codeHint).toBe(
      '(トークンに表示されている数字を入力してください。(30秒毎に数字が変更されます。))',
    );
    expect(ja.common.copyright).toBe('本Webサイト上における各コンテンツは、著作権によって保護されています。');
  });

  it('adds the tries left to a wrong password, and says when the customer is now locked', () => {
    expect(failureMessage(ja, { code: 'wrong-password', attemptsRemaining: 2 })).toBe(
      '契約者IDまたはログインパスワードが正しくありません。 あと2回誤るとご利用を停止します。',
    );
    expect(failureMessage(en, { code: 'wrong-code', attemptsRemaining: 0 }, enFlow)).toContain(
      'now suspended',
    );
    expect(failureMessage(en, { code: 'unknown-contract' })).toBe(en.errors['unknown-contract']);
  });

  it("keeps the guide's words for a lock, and adds where this demo lifts it: the 窓口 link", () => {
    const guide =
      '規定回数を超えて誤った入力があったため、ご利用を停止しています。お取引店の窓口へご連絡ください。';
    const demo = 'このデモでは、画面上部の「窓口」リンクから開く窓口の画面で、職員がロックを解除します。';
    expect(failureMessage(ja, { code: 'locked' })).toBe(`${guide} ${demo}`);
    expect(failureMessage(ja, { code: 'credential-locked' }, jaFlow)).toMatch(
      /窓口へご連絡ください。 このデモでは/,
    );
    // The try that locks says so too.
    expect(failureMessage(ja, { code: 'wrong-password', attemptsRemaining: 0 })).toBe(
      `契約者IDまたはログインパスワードが正しくありません。 ご利用を停止しました。お取引店の窓口へご連絡ください。 ${demo}`,
    );
    expect(failureMessage(en, { code: 'locked' })).toBe(
      'Too many incorrect attempts: this service is suspended. Please contact your branch. In this demo, staff lift the lock on the bank counter screen, opened from the "Bank counter" link at the top of the page.',
    );
    expect(en.common.counterLink).toBe('Bank counter');
    expect(ja.common.counterLink).toBe('窓口');
    // Before the lock, no word of it.
    expect(failureMessage(ja, { code: 'wrong-password', attemptsRemaining: 1 })).not.toContain(
      'このデモでは',
    );
  });

  it('shows a customer in English by the name in Latin letters, where there is one', () => {
    const demo = { name: '山田 太郎', nameEn: 'Taro Yamada' };
    expect(customerName(demo, 'ja')).toBe('山田 太郎');
    expect(customerName(demo, 'en')).toBe('Taro Yamada');
    // Added by a trainer: as typed, in either language.
    expect(customerName({ name: '田中 次郎', nameEn: null }, 'en')).toBe('田中 次郎');
    expect(customerName({ name: 'Jane Doe' }, 'ja')).toBe('Jane Doe');
  });

  it('names the one-time password one way in English, with no nested brackets in a hint', () => {
    for (const hint of [enFlow.loginOtp.codeHint, enFlow.register.codeHint, enFlow.deactivate.codeHint]) {
      expect(hint).toBe('(Enter the digits shown on your token. They change every 30 seconds.)');
    }
    for (const label of [
      enFlow.loginOtp.code,
      enFlow.register.code,
      enFlow.deactivate.code,
      en.token.securityCode,
    ]) {
      expect(label).toBe('One-time password');
    }
    expect(enFlow.errors['wrong-code']).toBe('Incorrect one-time password. Please try again.');
    // Every English text a person reads: the bank's, the help pages', the software keyboard's, the
    // guided rehearsal's and the trainer's.
    const nested = /\([^()]*\(/;
    const texts: string[] = [];
    /** Messages with parameters, as written (their sentences are in their source). */
    const functions: string[] = [];
    const collect = (value: unknown) => {
      if (typeof value === 'string') texts.push(value);
      else if (typeof value === 'function') functions.push(String(value));
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect([en, enFlow, enHelp, enKeyboard, enTools]);
    expect(texts.filter((text) => nested.test(text))).toEqual([]);
    expect([...texts, ...functions].filter((text) => /security code/i.test(text))).toEqual([]);
  });

  it('says a replayed code was already used, and when the next code comes', () => {
    expect(failureMessage(ja, { code: 'replayed-code', retryInSeconds: 18 }, jaFlow)).toBe(
      'このワンタイムパスワードはすでに使用されています。新しいワンタイムパスワードは18秒後に表示されます。',
    );
    expect(failureMessage(en, { code: 'replayed-code', retryInSeconds: 1 }, enFlow)).toBe(
      'This one-time password has already been used. A new one appears in 1 second.',
    );
    expect(failureMessage(en, { code: 'replayed-code', retryInSeconds: 0 }, enFlow)).toMatch(/shows now/);
    // Without the seconds (an element shown from attributes alone): the general message.
    expect(failureMessage(ja, { code: 'replayed-code' }, jaFlow)).toBe(jaFlow.errors['replayed-code']);
  });

  it('does not tell which of contract ID and password was wrong (OWASP)', () => {
    expect(ja.errors['unknown-contract']).toBe(ja.errors['wrong-password']);
    expect(en.errors['unknown-contract']).toBe(en.errors['wrong-password']);
  });

  it('makes no Intl formatter until an amount or a date is shown: the first one a page makes costs tens of milliseconds', async () => {
    vi.resetModules();
    // Counted, and still the real ones (returned from a constructor called with `new`).
    const { NumberFormat, DateTimeFormat } = Intl;
    const numbers = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args) {
      return new NumberFormat(...args);
    });
    const dates = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (...args) {
      return new DateTimeFormat(...args);
    });
    try {
      const { ja: fresh } = await import('../../src/i18n/ja.js');
      const { en: freshEn } = await import('../../src/i18n/en.js');
      expect(numbers).not.toHaveBeenCalled();
      expect(dates).not.toHaveBeenCalled();
      expect(fresh.common.yen(1_234_567)).toBe('1,234,567円');
      expect(freshEn.common.yen(1_234_567)).toBe('¥1,234,567');
      fresh.common.yen(1);
      expect(numbers).toHaveBeenCalledTimes(2);
      expect(fresh.common.dateTime(Date.UTC(2026, 11, 3, 5, 6, 7))).toBe('2026/12/03 14:06:07');
      expect(dates).toHaveBeenCalledTimes(1);
    } finally {
      numbers.mockRestore();
      dates.mockRestore();
    }
  });
});
