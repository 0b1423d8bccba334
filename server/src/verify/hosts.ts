/**
 * Where a platform key may be sent. A platform's host is not fixed, so it must be one the user
 * chose: from user settings or an account they signed in to. A host named only by workspace
 * settings or by the file itself may belong to whoever wrote the repository: it is used only in a
 * trusted workspace, and only after the user said yes for that host (asked once per host). In an
 * untrusted workspace such hosts are never contacted.
 */

export type HostSource = 'user' | 'signed-in' | 'workspace' | 'file';

export interface PlatformHost {
  readonly url: string;
  readonly source: HostSource;
}

export interface HostContext {
  /** Whether the user trusts the workspace (VS Code workspace trust). */
  readonly trusted: boolean;
  /** Asks the user whether a key found in the code may be sent to this host; false when nobody can be asked. */
  confirm(host: string, platformLabel: string): Promise<boolean>;
}

export const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
};

/** The user's answers, per host, for this session. */
export class HostGate {
  private readonly answers = new Map<string, Promise<boolean>>();

  /** The candidate URLs a key may be sent to, in order, asking the user where the policy says so. */
  async allowed(candidates: readonly PlatformHost[], platformLabel: string, ctx: HostContext): Promise<string[]> {
    const out: string[] = [];
    const chosen = new Set(candidates.filter((c) => c.source === 'user' || c.source === 'signed-in').map((c) => hostOf(c.url)));
    for (const c of candidates) {
      const u = safeUrl(c.url);
      if (!u || out.includes(u)) continue;
      const host = hostOf(u);
      if (chosen.has(host)) out.push(u);
      else if (ctx.trusted && (await this.ask(host, platformLabel, ctx))) out.push(u);
    }
    return out;
  }

  private ask(host: string, label: string, ctx: HostContext): Promise<boolean> {
    let answer = this.answers.get(host);
    if (!answer) {
      answer = ctx.confirm(host, label).catch(() => false);
      this.answers.set(host, answer);
    }
    return answer;
  }
}

/** http(s) URLs without credentials only, trailing slashes dropped. */
function safeUrl(url: string): string | undefined {
  try {
    const u = new URL(url);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.username || u.password) return undefined;
    return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return undefined;
  }
}
