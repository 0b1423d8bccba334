import { patternRule } from '../rule';

/**
 * h2ogpte's clients take the key second: `H2OGPTE(address, api_key=None, token_provider=None, …)`
 * and the same for `H2OGPTEAsync` (h2ogpte Python client, documented signature). A literal there
 * is the key whatever its format (keys that predate the `sk-` form, keys of a self-hosted install).
 */
export default patternRule({
  id: 'h2ogpte-client-api-key',
  kind: 'H2O h2oGPTe API key',
  description: 'A literal passed as the second (key) argument of H2OGPTE(address, api_key) or H2OGPTEAsync(…).',
  platform: 'h2ogpte',
  keywords: ['h2ogpte'],
  pattern: /\bH2OGPTE(?:Async)?\([ \t]*(?:address[ \t]*=[ \t]*)?[^,()\n]{1,300},[ \t]*["'](?<secret>[A-Za-z0-9._~+/=-]{16,200})["']/g,
  confidence: 'high',
  envVar: 'H2OGPTE_API_KEY',
  // A key is random: letters and digits both.
  check: (value) => /\d/.test(value) && /[A-Za-z]/.test(value),
});
