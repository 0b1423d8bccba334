/**
 * Key verification in the editor (opt-in, `keywarden.verify.enabled`): checks the keys of open
 * documents with ../verify, keeps results in memory only, and republishes a document when a
 * result arrives. Platform keys go only to hosts the client listed (VerifyContextNotification)
 * or, after the user's yes in a trusted workspace, to a host the file names.
 */
import type { Connection } from 'vscode-languageserver';
import { ConfirmVerifyHostRequest, OfferVerifyNotification, type VerifyContextNotification } from '../../../common/protocol';
import type { Settings } from '../../../common/settings';
import type { Finding } from '../core/types';
import { canVerify, KeyChecker, platformVerifierFor, type CheckResult, type HostContext, type Nearby, type PlatformHost } from '../verify';

/** The finding's place in its text: where a verifier of pairs looks for the other half. */
const nearOf = (f: Finding, text: string): Nearby => ({ text, start: f.start, end: f.end, ...(f.name ? { name: f.name } : {}) });

/** Test harness only (see server/src/verify/http.ts): provider checks go to this 127.0.0.1 origin. */
const TEST_ORIGIN_ENV = 'KEYWARDEN_VERIFY_TEST_ORIGIN';
/** A file naming more addresses than this is not mined for more. */
const MAX_FILE_HOSTS = 5;
/** Checks started per document per pass: a file of thousands of keys costs little per keystroke (the global limit stops the rest anyway). */
const MAX_STARTS_PER_PASS = 10;

export class EditorVerification {
  private checker: KeyChecker | undefined;
  private cacheMinutes = 0;
  private context: VerifyContextNotification.Params = { trusted: false, hosts: {} };
  private offered = false;

  constructor(
    private readonly connection: Connection,
    private readonly republish: (uri: string) => void,
  ) {}

  setContext(params: VerifyContextNotification.Params): void {
    if (params && typeof params.trusted === 'boolean' && params.hosts && typeof params.hosts === 'object') this.context = params;
  }

  /** The result known for a finding now (no request). */
  resultOf(settings: Settings, text: string, f: Finding): CheckResult | undefined {
    if (!settings['verify.enabled'] || !this.checker) return undefined;
    return this.checker.cached(f.ruleId, text.slice(f.start, f.end), this.hostsFor(f, text), nearOf(f, text));
  }

  /** Starts checks for the findings that can be checked and have no fresh result; republishes `uri` as results arrive. */
  schedule(uri: string, settings: Settings, text: string, findings: readonly Finding[]): void {
    if (!settings['verify.enabled']) return;
    const checker = this.checkerFor(settings);
    const ctx: HostContext = {
      trusted: this.context.trusted,
      confirm: (host, platform) =>
        this.connection.sendRequest(ConfirmVerifyHostRequest.type, { host, platform }).then((yes) => yes === true),
    };
    let started = 0;
    for (const f of findings) {
      if (started >= MAX_STARTS_PER_PASS) break;
      const secret = text.slice(f.start, f.end);
      const near = nearOf(f, text);
      if (!canVerify(f.ruleId, secret, near)) continue;
      const hosts = this.hostsFor(f, text);
      if (checker.cached(f.ruleId, secret, hosts, near)) continue;
      started++;
      void checker.check(f.ruleId, secret, hosts, ctx, near).then((r) => {
        // Only results that were kept: a check refused by the global limit is tried on a later edit, not in a loop.
        if (r && checker.cached(f.ruleId, secret, hosts, near)) this.republish(uri);
      });
    }
  }

  /** Once per session, when a committed key shows while verification is off. */
  offer(settings: Settings): void {
    if (this.offered || settings['verify.enabled']) return;
    this.offered = true;
    void this.connection.sendNotification(OfferVerifyNotification.type);
  }

  private checkerFor(settings: Settings): KeyChecker {
    if (!this.checker || this.cacheMinutes !== settings['verify.cacheMinutes']) {
      this.cacheMinutes = settings['verify.cacheMinutes'];
      this.checker = new KeyChecker({ cacheMs: this.cacheMinutes * 60_000, loopback: process.env[TEST_ORIGIN_ENV] || undefined });
    }
    return this.checker;
  }

  /** The client's hosts for the finding's platform, then addresses the file itself names. */
  private hostsFor(f: Finding, text: string): PlatformHost[] {
    const platform = platformVerifierFor(f.ruleId)?.platform;
    if (!platform) return [];
    const listed = (this.context.hosts[platform] ?? []).filter((h) => h && typeof h.url === 'string');
    const inFile: PlatformHost[] = [];
    for (const m of text.matchAll(/https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[^\s"'`<>)]*)?/g)) {
      inFile.push({ url: m[0], source: 'file' });
      if (inFile.length >= MAX_FILE_HOSTS) break;
    }
    return [...listed, ...inFile];
  }
}
