/** Every platform KeyWarden signs in to. Adding one = its folder + one line here. */
import type { Provider, ProviderHost } from './types';
import { ArthurEngineProvider } from './arthur/engineProvider';

export function createProviders(host: ProviderHost): Provider[] {
  return [new ArthurEngineProvider(host)];
}
