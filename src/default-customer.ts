/**
 * The demo's default customer's login: the first of its customers (demo-customers.ts), whom
 * README.md documents and the first visit's welcome offers to copy. On the first screen with the
 * welcome; the rest of the customers load with the seed and the trainer's tools.
 */
export const DEFAULT_LOGIN = { contractId: '1234567890', password: 'Demo1234' } as const;
