import { nameRule } from '../rule';

export default nameRule({
  id: 'generic-api-key',
  kind: 'API key',
  description: 'An API-key-like name (api_key, apiKey, access_key, X-Api-Key) assigned or passed a literal.',
  nameClass: 'api-key',
});
