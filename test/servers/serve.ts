/**
 * The local Arthur stand-ins as one process, for `npm start`: prints one JSON line with their
 * addresses, approves every device code after 3 seconds (as "demo"), stops on SIGTERM/SIGINT.
 *
 *   node --import tsx test/servers/serve.ts
 */
import { startArthurEngine } from './arthur-engine';
import { startOidc } from './oidc';

async function main(): Promise<void> {
  const idp = await startOidc();
  const engine = await startArthurEngine({ jwksUrl: idp.jwksUrl });
  const approved = new Set<string>();
  const timer = setInterval(() => {
    for (const code of idp.userCodes) {
      if (approved.has(code)) continue;
      approved.add(code);
      setTimeout(() => idp.approve(code, 'demo').catch(() => undefined), 3000);
    }
  }, 500);
  process.stdout.write(`${JSON.stringify({ platformUrl: idp.url, engineUrl: engine.url, adminKey: engine.adminKey, serviceAccount: idp.serviceAccount })}\n`);
  const stop = async () => {
    clearInterval(timer);
    await engine.close();
    await idp.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

void main();
