/**
 * The Arthur Platform device page reached through code-server's port proxy (issue 21 item 3).
 * In a code-server window, VS Code opens a 127.0.0.1 address through `/proxy/<port>/…`: the proxy
 * strips that prefix and keeps code-server's own Host header (createProxyServer({}) without
 * changeOrigin, code-server out/node/routes/pathProxy.js). The page's form must post back through
 * the same proxy; posting to the Host's root reached code-server, which answered "Unsupported
 * method POST".
 */
import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ArthurPlatformAuth } from '../../client/src/providers/arthur/platformAuth';
import { CLI_CLIENT_ID, startOidc, type OidcServer } from '../servers/oidc';

/** code-server's path proxy, as it behaves: prefix stripped, Host kept; anything else is the VS Code server (GET only). */
function startPathProxy(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const m = /^\/proxy\/(\d+)(\/.*)?$/.exec(req.url ?? '');
    if (!m) {
      if (req.method !== 'GET') return void res.writeHead(405).end(`Unsupported method ${req.method}`);
      return void res.writeHead(200, { 'content-type': 'text/html' }).end('<p>VS Code</p>');
    }
    const upstream = http.request(
      { host: '127.0.0.1', port: Number(m[1]), path: m[2] ?? '/', method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      }),
    ),
  );
}

/** The form's target and fields, as a browser would submit it. */
function formOf(html: string, page: string): { action: string; fields: URLSearchParams } {
  const form = /<form[^>]*\baction="([^"]*)"[^>]*>([\s\S]*?)<\/form>/.exec(html);
  assert.ok(form, `no form in the page:\n${html.slice(0, 400)}`);
  const fields = new URLSearchParams();
  for (const input of form[2].matchAll(/<input[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(input[0])?.[1];
    if (name) fields.set(name, /\bvalue="([^"]*)"/.exec(input[0])?.[1] ?? '');
  }
  return { action: new URL(form[1].replace(/&amp;/g, '&'), page).href, fields };
}

describe("Arthur Platform device page through a remote window's port proxy", function () {
  this.timeout(30_000);
  let idp: OidcServer;
  let proxy: { url: string; close(): Promise<void> };
  before(async () => {
    idp = await startOidc();
    proxy = await startPathProxy();
  });
  after(async () => {
    await proxy.close();
    await idp.close();
  });

  it('the code form posts back through the proxy and leads to the confirmation, not "Unsupported method POST"', async () => {
    const { start } = await new ArthurPlatformAuth(idp.url).startDevice(CLI_CLIENT_ID);
    const direct = new URL(start.verificationUri);
    const viaProxy = `${proxy.url}/proxy/${direct.port}${direct.pathname}`;
    const page = await fetch(viaProxy);
    assert.equal(page.status, 200);
    const cookies = page.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { action, fields } = formOf(await page.text(), viaProxy);
    assert.ok(action.startsWith(`${proxy.url}/proxy/${direct.port}/`), `the form posts to ${action}, outside the proxy`);
    fields.set('user_code', start.userCode);
    const posted = await fetch(action, { method: 'POST', body: fields, headers: { cookie: cookies }, redirect: 'manual' });
    const text = await posted.text();
    assert.doesNotMatch(text, /Unsupported method/);
    assert.equal(posted.status, 200, text.slice(0, 300));
    assert.match(text, /Confirm the sign-in/);
    assert.ok(text.includes(start.userCode), 'the confirmation shows the code the user typed');
  });
});
