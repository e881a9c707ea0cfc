/**
 * The demo's customers, as the seed puts them in the bank: the seed itself (demo-seed.ts), the
 * trainer's scenarios and tools, the guided rehearsal and the welcome name them. Their passwords are
 * public on purpose: this is a practice bank. Not part of the first screen: a return visit needs
 * none of it.
 */
import { DEFAULT_LOGIN } from './default-customer.js';
import type { CredentialKind } from './token/device.js';

export interface DemoCustomer {
  contractId: string;
  password: string;
  name: string;
  /** The name English shows: the Japanese name romanised, given name first. */
  nameEn?: string;
  balance: number;
  /**
   * A token of this kind is registered at the bank, on the customer's own phone or PC: on this
   * device (the token panel) only where `SeedOptions.tokensOnDevice` names the customer.
   */
  token?: CredentialKind;
  /** Locked after MAX_FAILED_ATTEMPTS wrong passwords in a row, which the bank's log records. */
  locked?: boolean;
}

/** The seeded customers. The first is the default (default-customer.ts). */
export const DEMO_CUSTOMERS: readonly DemoCustomer[] = [
  {
    ...DEFAULT_LOGIN,
    name: '山田 太郎',
    nameEn: 'Taro Yamada',
    balance: 1_234_567,
  },
  {
    contractId: '2345678901',
    password: 'Demo2345',
    name: '佐藤 花子',
    nameEn: 'Hanako Sato',
    balance: 532_100,
    token: 'mobile',
  },
  {
    contractId: '3456789012',
    password: 'Demo3456',
    name: '鈴木 一郎',
    nameEn: 'Ichiro Suzuki',
    balance: 88_000,
    locked: true,
  },
];
