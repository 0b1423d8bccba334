/**
 * Mocha root hooks for the LSP tier (loaded with --require): after the last test, end any
 * language server a failed test left running, so the run reports its failures and exits.
 */
import { killLeftoverServers } from './lspClient';

export const mochaHooks = {
  afterAll(): void {
    const count = killLeftoverServers();
    if (count) console.warn(`ended ${count} language server(s) left running by failed tests`);
  },
};
