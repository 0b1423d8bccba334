import type { RuleExamples } from '../types';

/** `cloudflare-prefixed-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'cloudflare_api_token = "cfut_Q7hM2vXk9LpR4tYb8NcW3sDf6GjZ1aEu5oKi0nPx7d2f41"',
      secret: 'cfut_Q7hM2vXk9LpR4tYb8NcW3sDf6GjZ1aEu5oKi0nPx7d2f41',
      languageId: 'python',
    },
    {
      text: 'CLOUDFLARE_API_KEY=cfk_Vb3Nq8RtLm5Wx2Ky7HsDp4Gc9Fj6Za1Eo0Ui3Tn8Ab4c9e1',
      secret: 'cfk_Vb3Nq8RtLm5Wx2Ky7HsDp4Gc9Fj6Za1Eo0Ui3Tn8Ab4c9e1',
      path: '.env',
    },
    {
      text: 'curl -H "Authorization: Bearer cfat_Zp4Xn7Lq2Wm9Rk5Tb8Vc3Hs6Dj1Fg0Ya4Ue7Io2Q7c1b9" https://api.cloudflare.com/client/v4/accounts',
      secret: 'cfat_Zp4Xn7Lq2Wm9Rk5Tb8Vc3Hs6Dj1Fg0Ya4Ue7Io2Q7c1b9',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'cloudflare_api_token = "cfut_Q7hM2vXk9LpR4tYb8"', languageId: 'python' },
    { text: 'cloudflare_api_token = os.environ["CLOUDFLARE_API_TOKEN"]', languageId: 'python' },
    { text: 'const cfk_configuration_loader_for_workers_default = 1;', languageId: 'typescript' },
  ],
};

export default examples;
