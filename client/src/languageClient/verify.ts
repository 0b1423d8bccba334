/**
 * The client side of key verification: tells the server which platform addresses the user chose
 * (user settings, signed-in accounts) and which come from the workspace, whether the workspace is
 * trusted, asks the user before a key goes to a host the user did not choose, and offers once to
 * turn verification on.
 */
import * as vscode from 'vscode';
import { ConfirmVerifyHostRequest, OfferVerifyNotification, type VerifyContextNotification } from '../../../common/protocol';
import { PLATFORM_IDS, type PlatformId } from '../../../common/platforms';
import { SETTINGS_SECTION, type Settings } from '../../../common/settings';
import { hostsFromSettings } from '../../../common/verifyHosts';
import type { Accounts } from '../accounts';
import type { LanguageServer } from './languageServer';

/** Per platform: its address setting and the variables a signed-in account exports its address in. */
const ADDRESSES: Record<PlatformId, { setting: keyof Settings; exported: string[] }> = {
  arthur: { setting: 'arthur.engineUrl', exported: ['ARTHUR_BASE_URL'] },
  whylabs: { setting: 'whylabs.apiEndpoint', exported: ['WHYLABS_API_ENDPOINT'] },
  h2ogpte: { setting: 'h2ogpte.url', exported: ['H2OGPTE_SERVER_URL'] },
  rime: { setting: 'rime.url', exported: ['RIME_CLUSTER_URL'] },
};

const OFFERED = 'keywarden.verify.offered';

export function verifyContext(accounts: Accounts): VerifyContextNotification.Params {
  const hosts: VerifyContextNotification.Params['hosts'] = {};
  const scopes: (vscode.ConfigurationScope | undefined)[] = [undefined, ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)];
  for (const platform of PLATFORM_IDS) {
    const { setting, exported } = ADDRESSES[platform];
    const inspected = scopes.map((scope) => vscode.workspace.getConfiguration(SETTINGS_SECTION, scope).inspect(setting));
    hosts[platform] = hostsFromSettings(inspected, accounts.exportedUrls(exported));
  }
  return { trusted: vscode.workspace.isTrusted, hosts };
}

/** The "Rotate now" quick-fix's command: only the providers' own https pages (the server names them from its fixed table). */
export function openRevokePage(url: unknown): void {
  if (typeof url === 'string' && url.startsWith('https://')) void vscode.env.openExternal(vscode.Uri.parse(url));
}

export function activateVerify(context: vscode.ExtensionContext, server: LanguageServer, accounts: Accounts): void {
  const send = () => server.setVerifyContext(verifyContext(accounts));
  send();
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SETTINGS_SECTION) && send()),
    vscode.workspace.onDidGrantWorkspaceTrust(send),
    vscode.workspace.onDidChangeWorkspaceFolders(send),
    accounts.onDidChangeExported(send),
  );
  server.withClient((client) => {
    client.onRequest(ConfirmVerifyHostRequest.type, async (p): Promise<boolean> => {
      if (!vscode.workspace.isTrusted || typeof p?.host !== 'string') return false;
      const yes = `Send to ${p.host}`;
      const choice = await vscode.window.showWarningMessage(
        `A ${p.platform} key in this code would be checked at ${p.host}, an address set by this workspace or file, not by you. Send the key there to check whether it works?`,
        { modal: true, detail: 'KeyWarden asks once per address. Only send keys to servers you trust.' },
        yes,
      );
      return choice === yes;
    });
    client.onNotification(OfferVerifyNotification.type, () => {
      if (context.globalState.get<boolean>(OFFERED)) return;
      void context.globalState.update(OFFERED, true);
      const on = 'Turn on';
      void vscode.window
        .showInformationMessage(
          'KeyWarden found a committed key. Check found keys with their own issuer (GitHub, OpenAI, your Arthur Engine …) to see whether they still work?',
          on,
          'Not now',
        )
        .then((choice) => {
          if (choice === on)
            void vscode.workspace.getConfiguration(SETTINGS_SECTION).update('verify.enabled', true, vscode.ConfigurationTarget.Global);
        });
    });
  });
}
