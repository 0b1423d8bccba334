/** Every platform KeyWarden signs in to. Adding one = its folder + one line here. */
import type { Provider, ProviderHost } from './types';
import { ArthurEngineProvider } from './arthur/engineProvider';
import { ArthurPlatformProvider } from './arthur/platformProvider';
import { H2oGpteProvider } from './h2ogpte/provider';
import { RimeProvider } from './rime/provider';
import { WhyLabsProvider } from './whylabs/provider';

export function createProviders(host: ProviderHost): Provider[] {
  const platform = new ArthurPlatformProvider(host);
  return [platform, new ArthurEngineProvider(host, platform), new WhyLabsProvider(host), new H2oGpteProvider(host), new RimeProvider(host)];
}
