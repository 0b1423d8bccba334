import { patternRule } from '../rule';

export default patternRule({
  id: 'arthur-platform-client-secret',
  kind: "Arthur Platform client secret",
  description: "An Arthur Platform (Keycloak) service-account client secret assigned to an Arthur client-secret name, or passed second to ArthurClientCredentialsAPISession(client_id, client_secret, metadata).",
  platform: 'arthur',
  keywords: ['arthur_client_secret', 'arthur-client-secret', 'arthurclientsecret', 'arthurclientcredentialsapisession('],
  // arthur-client's ArthurClientCredentialsAPISession(client_id, client_secret, metadata, verify) takes the secret second.
  pattern: /(?:arthur[_-]?client[_-]?secret["']?[ \t]*(?:=|:|=>)[ \t]*["']?|ArthurClientCredentialsAPISession\([ \t]*[^,()\n]{1,200},[ \t]*["'])(?<secret>[A-Za-z0-9._~-]{16,128})/gi,
  confidence: 'high',
  envVar: 'ARTHUR_CLIENT_SECRET',
  mustMatch: [
    { text: "ARTHUR_CLIENT_SECRET=\"JtWR6zqlIKiUBKnCfK2vuAiSDMK2xTY2\"", secret: "JtWR6zqlIKiUBKnCfK2vuAiSDMK2xTY2", languageId: 'shellscript' },
    { text: "arthur_client_secret: JtWR6zqlIKiUBKnCfK2vuAiSDMK2xTY2", secret: "JtWR6zqlIKiUBKnCfK2vuAiSDMK2xTY2", languageId: 'yaml' },
    { text: "sess = ArthurClientCredentialsAPISession(\"svc-account\", \"JtWR6zqlIKiUBKnCfK2vuAiSDMK2xTY2\", metadata)", secret: "JtWR6zqlIKiUBKnCfK2vuAiSDMK2xTY2", languageId: 'python' },
  ],
  mustNotMatch: [
    { text: "ARTHUR_CLIENT_SECRET=\"${ARTHUR_CLIENT_SECRET}\"", languageId: 'shellscript' },
    { text: "arthur_client_secret: <client-secret>", languageId: 'yaml' },
    { text: "sess = ArthurClientCredentialsAPISession(client_id, os.environ[\"ARTHUR_CLIENT_SECRET\"], metadata)", languageId: 'python' },
  ],
});
