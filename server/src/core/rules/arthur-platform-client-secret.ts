import { patternRule } from '../rule';

export default patternRule({
  id: 'arthur-platform-client-secret',
  kind: 'Arthur Platform client secret',
  description:
    'An Arthur Platform (Keycloak) service-account client secret assigned to an Arthur client-secret name, or passed second to ArthurClientCredentialsAPISession(client_id, client_secret, metadata).',
  platform: 'arthur',
  keywords: ['arthur_client_secret', 'arthur-client-secret', 'arthurclientsecret', 'arthurclientcredentialsapisession('],
  // arthur-client's ArthurClientCredentialsAPISession(client_id, client_secret, metadata, verify) takes the secret second.
  pattern:
    /(?:arthur[_-]?client[_-]?secret["']?[ \t]*(?:=|:|=>)[ \t]*["']?|ArthurClientCredentialsAPISession\([ \t]*[^,()\n]{1,200},[ \t]*["'])(?<secret>[A-Za-z0-9._~-]{16,128})/gi,
  confidence: 'high',
  envVar: 'ARTHUR_CLIENT_SECRET',
});
