/**
 * Typed access to KeyWarden's settings over the one table in common/settings.ts. Invalid values
 * fall back to their defaults and are reported once, with a button to open the setting.
 */
import * as vscode from 'vscode';
import { readSettings, SETTINGS_SECTION, writtenValue, type Settings } from '../../common/settings';

const reported = new Set<string>();

export function getSettings(log: vscode.LogOutputChannel, scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  // Only what the user wrote is validated; defaults come from the table itself.
  const { settings, problems } = readSettings((key) => writtenValue(key, config.inspect(key)));
  for (const p of problems) {
    if (reported.has(p.message)) continue;
    reported.add(p.message);
    log.warn(p.message);
    void vscode.window.showWarningMessage(`KeyWarden: ${p.message}`, 'Open setting').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', p.key);
    });
  }
  return settings;
}
