/**
 * What every key-based provider shares: one JSON record in SecretStorage under `secretKey`,
 * read back defensively, turned into a state line and terminal variables, deleted on sign-out.
 */
import type { AccountState, Provider, ProviderHost, SignInAction } from './types';

export interface StoredAccount {
  readonly storedAt: string;
}

export abstract class StoredAccountProvider<A extends StoredAccount> implements Provider {
  abstract readonly id: string;
  abstract readonly label: string;
  protected abstract readonly secretKey: string;

  constructor(protected readonly host: ProviderHost) {}

  abstract signInActions(): SignInAction[];
  /** Whether a parsed record has this provider's shape (records from older versions may not). */
  protected abstract isAccount(value: unknown): value is A;
  protected abstract describe(account: A): AccountState;
  protected abstract env(account: A): Record<string, string>;

  owns(secretKey: string): boolean {
    return secretKey === this.secretKey;
  }

  async account(): Promise<A | undefined> {
    const raw = await this.host.secrets.get(this.secretKey);
    const a = parseRecord(raw, (v) => this.isAccount(v));
    if (raw && !a) this.host.log.warn(`The stored ${this.label} account could not be read; sign in again.`);
    return a;
  }

  protected async store(account: A): Promise<void> {
    await this.host.secrets.store(this.secretKey, JSON.stringify(account));
  }

  /** Stores a credential the user just gave or made, logs `logLine` (nothing secret) and announces what terminals get. */
  protected async keep(account: A, logLine: string, announcement: string): Promise<true> {
    await this.store(account);
    this.host.log.info(logLine);
    await this.host.announce(announcement);
    return true;
  }

  async state(): Promise<AccountState | undefined> {
    const a = await this.account();
    return a ? this.describe(a) : undefined;
  }

  async environment(): Promise<Record<string, string>> {
    const a = await this.account();
    return a ? this.env(a) : {};
  }

  async signOut(): Promise<void> {
    await this.host.secrets.delete(this.secretKey);
    this.host.log.info(`Signed out of ${this.label}`);
  }
}

/** A record read back from SecretStorage: undefined when absent, not JSON, or not of the expected shape. */
export function parseRecord<A>(raw: string | undefined, isA: (v: unknown) => v is A): A | undefined {
  if (!raw) return undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isA(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `v` is an object whose `names` fields are all strings (the least a stored record must have). */
export function hasStrings(v: unknown, ...names: string[]): boolean {
  return typeof v === 'object' && v !== null && names.every((n) => typeof (v as Record<string, unknown>)[n] === 'string');
}

export function untilText(expiresAt: number | null | undefined): string {
  if (!expiresAt) return 'no expiry';
  const days = Math.round((expiresAt - Date.now()) / 86_400_000);
  return days < 0
    ? `expired ${new Date(expiresAt).toLocaleDateString()}`
    : `expires ${new Date(expiresAt).toLocaleDateString()} (in ${days} days)`;
}
