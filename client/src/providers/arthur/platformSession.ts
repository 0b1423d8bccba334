/**
 * One Arthur Platform session shared by every VS Code window: each window runs its own
 * extension host over one SecretStorage, and the identity provider rotates the refresh token
 * at every refresh (Keycloak can revoke the whole session when a used one comes back). So a
 * refresh is single-flight in this window, runs under a lock file shared with the other
 * windows, and re-reads the stored tokens under that lock: the refresh token used is always
 * the one the last refresh stored, and a window that finds the session already refreshed uses
 * it instead of refreshing again. Free of `vscode`, tested directly by test/integration.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as lockfile from 'proper-lockfile';
import { ArthurPlatformAuth, type PlatformTokens } from './platformAuth';

export interface PlatformAccount extends PlatformTokens {
  readonly host: string;
  readonly kind: 'device' | 'service';
  readonly clientId: string;
  readonly clientSecret?: string;
}

/** Where the session lives (SecretStorage in the extension). */
export interface AccountStore {
  read(): Promise<PlatformAccount | undefined>;
  write(account: PlatformAccount): Promise<void>;
}

export interface SessionOptions {
  /** A folder every window on this machine shares (the extension's global storage). */
  readonly lockDir: string;
  /** Refresh when the access token has less than this left (ms). */
  readonly leewayMs?: number;
  /** How long a window waits for SecretStorage to show another window's refresh (ms). */
  readonly settleMs?: number;
  readonly authOf?: (host: string) => ArthurPlatformAuth;
  readonly log?: (message: string) => void;
}

const LOCK_NAME = 'arthur-platform-refresh';

export class PlatformSession {
  private inflight: Promise<PlatformAccount | undefined> | undefined;
  private readonly leewayMs: number;

  constructor(
    private readonly store: AccountStore,
    private readonly options: SessionOptions,
  ) {
    this.leewayMs = options.leewayMs ?? 30_000;
  }

  /** Whether `a`'s access token is good for longer than the leeway. */
  fresh(a: PlatformAccount): boolean {
    return a.expiresAt - Date.now() > this.leewayMs;
  }

  /** The stored account with an access token valid beyond the leeway, refreshed if it is not. */
  async current(): Promise<PlatformAccount | undefined> {
    const a = await this.store.read();
    if (!a || this.fresh(a)) return a;
    return this.refresh();
  }

  /**
   * Refreshes the stored session unless another window did while this one waited for the
   * lock; resolves with the account now stored. Concurrent calls in this window share one refresh.
   * Throws the provider's refusal as a PlatformError.
   */
  refresh(): Promise<PlatformAccount | undefined> {
    this.inflight ??= this.refreshLocked().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async refreshLocked(): Promise<PlatformAccount | undefined> {
    const before = await this.store.read();
    if (!before) return undefined;
    const release = await this.lock();
    try {
      // Re-read under the lock: another window may have refreshed while this one waited.
      let a = await this.settled(await this.store.read());
      if (!a) return undefined;
      if (a.accessToken !== before.accessToken && this.fresh(a)) return a;
      const auth = this.options.authOf?.(a.host) ?? new ArthurPlatformAuth(a.host);
      const tokens =
        a.kind === 'service' && a.clientSecret
          ? await auth.clientCredentials(a.clientId, a.clientSecret)
          : await auth.refresh(a.clientId, a.refreshToken ?? '');
      const spent = a.refreshToken;
      a = { ...a, ...tokens, account: tokens.account || a.account, refreshToken: tokens.refreshToken ?? a.refreshToken };
      await this.store.write(a);
      if (spent !== a.refreshToken) this.mark(spent);
      return a;
    } finally {
      await release();
    }
  }

  /**
   * SecretStorage reaches other windows with a delay: while this window still sees the refresh
   * token the last refresh spent (per the marker), re-read rather than send it again.
   */
  private async settled(a: PlatformAccount | undefined): Promise<PlatformAccount | undefined> {
    const spent = this.marked();
    const deadline = Date.now() + (this.options.settleMs ?? 5000);
    while (a?.refreshToken && spent !== undefined && digest(a.refreshToken) === spent && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      a = await this.store.read();
    }
    return a;
  }

  private markerFile(): string {
    return path.join(this.options.lockDir, `${LOCK_NAME}.json`);
  }

  /** Records a digest of the refresh token just spent (a used one-time token: not a secret any more). */
  private mark(spent: string | undefined): void {
    try {
      writeFileSync(this.markerFile(), JSON.stringify({ spent: spent ? digest(spent) : undefined }));
    } catch (err) {
      this.options.log?.(`Could not write ${this.markerFile()}: ${(err as Error).message}`);
    }
  }

  private marked(): string | undefined {
    try {
      const v = (JSON.parse(readFileSync(this.markerFile(), 'utf8')) as { spent?: unknown }).spent;
      return typeof v === 'string' ? v : undefined;
    } catch {
      return undefined;
    }
  }

  /** The machine-wide refresh lock; a window that cannot get it in time refreshes anyway. */
  private async lock(): Promise<() => Promise<void>> {
    try {
      mkdirSync(this.options.lockDir, { recursive: true });
      // A refresh takes at most two requests of 15 s; a holder that died is stale after 20 s.
      return await lockfile.lock(path.join(this.options.lockDir, LOCK_NAME), {
        realpath: false,
        stale: 20_000,
        update: 5_000,
        retries: { retries: 200, minTimeout: 50, maxTimeout: 250, factor: 1.2 },
        onCompromised: (err) => this.options.log?.(`The Arthur Platform refresh lock was taken over: ${err.message}`),
      });
    } catch (err) {
      this.options.log?.(`Refreshing the Arthur Platform session without the lock: ${(err as Error).message}`);
      return async () => undefined;
    }
  }
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
