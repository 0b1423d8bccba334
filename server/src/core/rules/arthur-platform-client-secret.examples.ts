import type { RuleExamples } from '../types';

/** `arthur-platform-client-secret`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'ARTHUR_CLIENT_SECRET="JtWR6zqlIKiUBKnCfK2vuAiSDMK2xTY2"',
      secret: 'JtWR6zqlIKiUBKnCfK2vuAiSDMK2xTY2',
      languageId: 'shellscript',
    },
    { text: 'arthur_client_secret: JtWR6zqlIKiUBKnCfK2vuAiSDMK2xTY2', secret: 'JtWR6zqlIKiUBKnCfK2vuAiSDMK2xTY2', languageId: 'yaml' },
    {
      text: 'sess = ArthurClientCredentialsAPISession("svc-account", "JtWR6zqlIKiUBKnCfK2vuAiSDMK2xTY2", metadata)',
      secret: 'JtWR6zqlIKiUBKnCfK2vuAiSDMK2xTY2',
      languageId: 'python',
    },
  ],
  mustNotMatch: [
    { text: 'ARTHUR_CLIENT_SECRET="${ARTHUR_CLIENT_SECRET}"', languageId: 'shellscript' },
    { text: 'arthur_client_secret: <client-secret>', languageId: 'yaml' },
    { text: 'sess = ArthurClientCredentialsAPISession(client_id, os.environ["ARTHUR_CLIENT_SECRET"], metadata)', languageId: 'python' },
  ],
};

export default examples;
