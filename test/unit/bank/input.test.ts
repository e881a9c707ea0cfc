import { describe, expect, it } from 'vitest';
import {
  maskContractId,
  parseContractId,
  parseCredentialId,
  parseOtpCode,
  parsePassword,
  toHalfWidth,
} from '../../../src/bank/input.js';
import { parseBalance, parseCustomerName, parseNewPassword } from '../../../src/bank/new-customer.js';

type Parser = (input: unknown) => { ok: boolean; value?: unknown; code?: string };

const cases: [string, Parser, unknown, unknown][] = [
  // [parser, input, expected value or error code]
  ['contract ID', parseContractId, '1234567890', '1234567890'],
  ['contract ID', parseContractId, ' 1234-5678-90 ', '1234567890'],
  ['contract ID', parseContractId, '１２３４５６７８９０', '1234567890'],
  ['contract ID', parseContractId, '123', 'malformed-contract-id'],
  ['contract ID', parseContractId, '12345678901234567', 'malformed-contract-id'],
  ['contract ID', parseContractId, '12345a7890', 'malformed-contract-id'],
  ['contract ID', parseContractId, 1234567890, 'malformed-contract-id'],
  ['contract ID', parseContractId, '1'.repeat(10_000), 'malformed-contract-id'],
  ['password', parsePassword, 'Demo1234', 'Demo1234'],
  ['password', parsePassword, 'demo1234', 'demo1234'],
  ['password', parsePassword, ' Demo1234', 'malformed-password'],
  ['password', parsePassword, 'Ｄｅｍｏ１２３４', 'malformed-password'],
  ['password', parsePassword, 'abc', 'malformed-password'],
  ['password', parsePassword, 'x'.repeat(33), 'malformed-password'],
  ['password', parsePassword, null, 'malformed-password'],
  ['new password', parseNewPassword, 'Pass1234', 'Pass1234'],
  ['new password', parseNewPassword, 'password', 'weak-password'],
  ['new password', parseNewPassword, '12345678', 'weak-password'],
  ['new password', parseNewPassword, 'Pas1234', 'weak-password'],
  ['credential ID', parseCredentialId, 'SYMC12345678', 'SYMC12345678'],
  ['credential ID', parseCredentialId, 'symc 1234 5678', 'SYMC12345678'],
  ['credential ID', parseCredentialId, 'ＳＹＭＣ１２３４５６７８', 'SYMC12345678'],
  ['credential ID', parseCredentialId, 'SYMC-1234-5678', 'SYMC12345678'],
  ['credential ID', parseCredentialId, 'SYM123456789', 'malformed-credential-id'],
  ['credential ID', parseCredentialId, 'SYMC1234567', 'malformed-credential-id'],
  ['credential ID', parseCredentialId, undefined, 'malformed-credential-id'],
  ['code', parseOtpCode, '123456', '123456'],
  ['code', parseOtpCode, '123 456', '123456'],
  ['code', parseOtpCode, '１２３４５６', '123456'],
  ['code', parseOtpCode, '12345', 'malformed-code'],
  ['code', parseOtpCode, '1234567', 'malformed-code'],
  ['code', parseOtpCode, '12345a', 'malformed-code'],
  ['code', parseOtpCode, 123456, 'malformed-code'],
  ['name', parseCustomerName, '  山田   太郎 ', '山田 太郎'],
  ['name', parseCustomerName, '', 'malformed-name'],
  ['name', parseCustomerName, 'a\u0000b', 'malformed-name'],
  ['name', parseCustomerName, 'あ'.repeat(41), 'malformed-name'],
  ['balance', parseBalance, '1,234,567', 1_234_567],
  ['balance', parseBalance, '０', 0],
  ['balance', parseBalance, 42, 42],
  ['balance', parseBalance, 1.5, 'malformed-balance'],
  ['balance', parseBalance, '-5', 'malformed-balance'],
  ['balance', parseBalance, '10000000000000', 'malformed-balance'],
];

describe('bank input parsers', () => {
  it.each(cases)('%s: %j → %j', (_field, parse, input, expected) => {
    const result = parse(input);
    if (result.ok) expect(result.value).toBe(expected);
    else expect(result.code).toBe(expected);
  });

  it('turns full-width ASCII and the ideographic space half-width', () => {
    expect(toHalfWidth('ＡＢＣ　１２３！')).toBe('ABC 123!');
  });
});

describe('maskContractId', () => {
  it.each([
    ['1234567890', '12******90'],
    ['12345678', '12****78'],
    ['123456', '1****6'],
    ['1234', '1**4'],
    ['1234567890123456', '12************56'],
    ['12******90', '12******90'],
  ])('%s → %s: never whole, never more than half', (id, masked) => {
    expect(maskContractId(id)).toBe(masked);
  });
});
