/** Every platform KeyWarden signs in to. Adding one = its folder + one line here. */
import type { Provider, ProviderHost } from './types';
import { ArthurEngineProvider } from './arthur/engineProvider';
import { ArthurPlatformProvider } from './arthur/platformProvider';
import { ArthurScopeProvider } from './arthur/scopeProvider';
import { H2oGpteProvider } from './h2ogpte/provider';
import { RimeProvider } from './rime/provider';
import { WhyLabsProvider } from './whylabs/provider';

export function createProviders(host: ProviderHost): Provider[] {
  const platform = new ArthurPlatformProvider(host);
  const engine = new ArthurEngineProvider(host, platform);
  // Both read ARTHUR_API_KEY: the one signed in to last has it (arthur/sharedKey.ts).
  const scope = new ArthurScopeProvider(host, engine);
  engine.sharesKeyWith(scope);
  return [platform, engine, scope, new WhyLabsProvider(host), new H2oGpteProvider(host), new RimeProvider(host)];
}
