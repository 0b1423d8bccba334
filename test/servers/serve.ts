/**
 * The local Arthur stand-ins as one process, for `npm start`: prints one JSON line with their
 * addresses, approves every device code after 3 seconds (as "demo"), stops on SIGTERM/SIGINT.
 *
 *   node --import tsx test/servers/serve.ts
 */
import { startArthurEngine } from './arthur-engine';
import { startArthurScope } from './arthur-scope';
import { startH2oGpte } from './h2ogpte';
import { startOidc } from './oidc';
import { startRime } from './rime';
import { startWhyLabs } from './whylabs';

async function main(): Promise<void> {
  const idp = await startOidc();
  const engine = await startArthurEngine({ jwksUrl: idp.jwksUrl });
  const [whylabs, h2ogpte, rime, scope] = await Promise.all([startWhyLabs(), startH2oGpte(), startRime(), startArthurScope()]);
  scope.addUser('demo', 'demo');
  // Keys to paste in the demo (test servers only).
  const demoKeys = {
    whylabs: whylabs.mintKey('org-demo01', { alias: 'demo', scopes: [':administrator'] }),
    h2ogpte: h2ogpte.mintKey({ username: 'demo', admin: true }),
    rime: rime.mintToken({ name: 'demo' }),
    rimeWorkspace: rime.workspaceId,
    scope: scope.mintKey({ organizationIds: ['org-demo'] }),
  };
  const approved = new Set<string>();
  const timer = setInterval(() => {
    for (const code of idp.userCodes) {
      if (approved.has(code)) continue;
      approved.add(code);
      setTimeout(() => idp.approve(code, 'demo').catch(() => undefined), 3000);
    }
  }, 500);
  process.stdout.write(
    `${JSON.stringify({ platformUrl: idp.url, engineUrl: engine.url, adminKey: engine.adminKey, serviceAccount: idp.serviceAccount, scopeUrl: scope.url, whylabsUrl: whylabs.url, h2ogpteUrl: h2ogpte.url, rimeUrl: rime.url, demoKeys })}\n`,
  );
  const stop = async () => {
    clearInterval(timer);
    await Promise.all([engine.close(), idp.close(), whylabs.close(), h2ogpte.close(), rime.close(), scope.close()]);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

void main();
