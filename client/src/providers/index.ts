/** Every platform KeyWarden signs in to. Adding one = its folder + one line here. */
import type { Provider, ProviderHost } from './types';
import { ArthurEngineProvider } from './arthur/engineProvider';
import { ArthurPlatformProvider } from './arthur/platformProvider';

export function createProviders(host: ProviderHost): Provider[] {
  const platform = new ArthurPlatformProvider(host);
  return [platform, new ArthurEngineProvider(host, platform)];
}
