/**
 * The soft token "device": the VIP Access apps installed on a person's phone or PC. Installing
 * an app makes a new credential ID and a 20-byte secret and provisions them with the validation
 * service; the app then shows the current code. It has its own database, so losing the device
 * never touches the bank: the bank still has the token registered until staff reset it.
 */
import { randomSecret } from '../otp/random.js';
import { secondsRemaining, totp, totpStep } from '../otp/totp.js';
import { randomBelow } from '../random.js';
import type { ChangePoster } from '../changes.js';
import type { DBSchema, DatabaseDefinition, Transactions } from '../store/index.js';
import type { CredentialKind, Provisioner } from '../vip/service.js';

export type { CredentialKind };

export interface InstalledToken {
  credentialId: string;
  kind: CredentialKind;
  secret: Uint8Array;
  installedAt: number;
}

export interface TokenSchema extends DBSchema {
  tokens: { key: string; value: InstalledToken; indexes: { 'by-installed': number } };
}

export const tokenDatabase: DatabaseDefinition = {
  name: 'otp-rehearsal-token',
  migrations: [
    (db) => {
      db.createStore('tokens', { keyPath: 'credentialId' });
      db.createIndex('tokens', 'by-installed', { keyPath: 'installedAt' });
    },
  ],
};

/**
 * Credential ID prefixes per app, as the real service assigns them (python-vipaccess README):
 * `SYMC` for VIP Access for Mobile, `SYDC` for VIP Access Desktop.
 */
const CREDENTIAL_PREFIX: Record<CredentialKind, string> = { mobile: 'SYMC', desktop: 'SYDC' };

export const APP_NAME: Record<CredentialKind, string> = {
  mobile: 'VIP Access for Mobile',
  desktop: 'VIP Access Desktop',
};

export const TOKEN_PERIOD = 30;

export interface TokenCode {
  code: string;
  step: number;
  secondsRemaining: number;
}

/** Eight random digits after the app's prefix: `SYMC12345678`. */
export function newCredentialId(kind: CredentialKind): string {
  const digits = Array.from({ length: 8 }, () => randomBelow(10)).join('');
  return CREDENTIAL_PREFIX[kind] + digits;
}

/** `SYMC12345678` → `SYMC 1234 5678`, as the app prints it. */
export function formatCredentialId(credentialId: string): string {
  return credentialId.replace(/^(.{4})(\d{4})(\d{4})$/, '$1 $2 $3');
}

/** `123456` → `123 456`, as authenticator apps show a code. */
export function formatCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/** Why the device refused: what it was handed is no app kind, time or token, or none was installed. */
type DeviceErrorCode =
  'malformed-kind' | 'malformed-time' | 'malformed-token' | 'unknown-token' | 'provisioning-failed';

export type DeviceResult<T extends object = object> =
  ({ ok: true } & T) | { ok: false; code: DeviceErrorCode };

const isKind = (value: unknown): value is CredentialKind => value === 'mobile' || value === 'desktop';
const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const CREDENTIAL_ID = /^[A-Z]{4}\d{8}$/;
const isCredentialId = (value: unknown): value is string =>
  typeof value === 'string' && CREDENTIAL_ID.test(value);

function isInstalledToken(value: unknown): value is InstalledToken {
  if (typeof value !== 'object' || value === null) return false;
  const { credentialId, kind, secret, installedAt } = value as Record<string, unknown>;
  return (
    isCredentialId(credentialId) &&
    isKind(kind) &&
    secret instanceof Uint8Array &&
    secret.length > 0 &&
    isTime(installedAt)
  );
}

/**
 * What installing an app does before the app keeps anything: a new credential, provisioned with the
 * service. The demo's seed also makes one this way for a customer whose phone is not this device.
 * `provisioning-failed` if the service refused five new credential IDs in a row.
 */
export async function provisionToken(
  provisioner: Provisioner,
  kind: CredentialKind | unknown,
  time: unknown,
): Promise<DeviceResult<{ token: InstalledToken }>> {
  if (!isKind(kind)) return { ok: false, code: 'malformed-kind' };
  if (!isTime(time)) return { ok: false, code: 'malformed-time' };
  // The service assigns IDs; a clash with an existing one (1 in 10^8) just draws again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const token: InstalledToken = {
      credentialId: newCredentialId(kind),
      kind,
      secret: randomSecret(20),
      installedAt: time,
    };
    if ((await provisioner.provision(token, time)).ok) return { ok: true, token };
  }
  return { ok: false, code: 'provisioning-failed' };
}

export class SoftTokenDevice {
  constructor(
    private readonly db: Transactions<TokenSchema>,
    private readonly provisioner: Provisioner,
    /** Where the device announces each change it commits (other tabs re-read). */
    private readonly changes?: ChangePoster,
  ) {}

  /** Installs the app: a new credential, provisioned with the service, then kept on the device. */
  async install(
    kind: CredentialKind | unknown,
    time: unknown,
  ): Promise<DeviceResult<{ token: InstalledToken }>> {
    const provisioned = await provisionToken(this.provisioner, kind, time);
    if (!provisioned.ok) return provisioned;
    const { token } = provisioned;
    await this.db.write(['tokens'], (tx) => tx.store('tokens').put(token));
    this.changes?.post({ party: 'token', action: 'installed', credentialId: token.credentialId });
    return { ok: true, token };
  }

  /** Installed tokens, oldest first. */
  list(): Promise<InstalledToken[]> {
    return this.db.read(['tokens'], (tx) => tx.store('tokens').page({ index: 'by-installed', limit: 1000 }));
  }

  async get(credentialId: unknown): Promise<InstalledToken | undefined> {
    if (!isCredentialId(credentialId)) return undefined;
    return this.db.read(['tokens'], (tx) => tx.store('tokens').get(credentialId));
  }

  /** The code the app shows at `time`, and the whole seconds until it changes. */
  async code(token: InstalledToken, time: number): Promise<TokenCode> {
    return {
      code: await totp({ secret: token.secret, time, period: TOKEN_PERIOD }),
      step: totpStep(time, TOKEN_PERIOD),
      secondsRemaining: secondsRemaining(time, TOKEN_PERIOD),
    };
  }

  /** The person removes the app. The bank and the service are not told (as in reality). */
  uninstall(credentialId: unknown): Promise<DeviceResult> {
    return this.remove(credentialId);
  }

  /** The phone or PC is lost or broken: its token is gone; the bank must reset the token ID. */
  loseDevice(credentialId: unknown): Promise<DeviceResult> {
    return this.remove(credentialId);
  }

  /** Puts a token on the device as it is (for seeding a demo scenario). */
  async restore(token: InstalledToken | unknown): Promise<DeviceResult> {
    if (!isInstalledToken(token)) return { ok: false, code: 'malformed-token' };
    await this.db.write(['tokens'], (tx) => tx.store('tokens').put(token));
    this.changes?.post({ party: 'token', action: 'installed', credentialId: token.credentialId });
    return { ok: true };
  }

  async clear(): Promise<void> {
    await this.db.write(['tokens'], (tx) => tx.store('tokens').clear());
    this.changes?.post({ party: 'token', action: 'cleared', credentialId: null });
  }

  private async remove(credentialId: unknown): Promise<DeviceResult> {
    if (!isCredentialId(credentialId)) return { ok: false, code: 'unknown-token' };
    const removed = await this.db.write(['tokens'], async (tx) => {
      const tokens = tx.store('tokens');
      if (!(await tokens.get(credentialId))) return { ok: false, code: 'unknown-token' } as const;
      await tokens.delete(credentialId);
      return { ok: true } as const;
    });
    if (removed.ok) this.changes?.post({ party: 'token', action: 'removed', credentialId });
    return removed;
  }
}
