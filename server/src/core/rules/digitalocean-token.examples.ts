import type { RuleExamples } from '../types';

/** `digitalocean-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'digitalocean_token = "dop_v1_f18634778b0443b40aed52295abb46e07a428bfa80e1ba8d9713f381eddabaab"',
      secret: 'dop_v1_f18634778b0443b40aed52295abb46e07a428bfa80e1ba8d9713f381eddabaab',
      languageId: 'python',
    },
    {
      text: 'export DIGITALOCEAN_TOKEN=doo_v1_d3c0eba0093e4b28e4b777e53f97128954986bcea91a974868518a8c3b6a314a',
      secret: 'doo_v1_d3c0eba0093e4b28e4b777e53f97128954986bcea91a974868518a8c3b6a314a',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'digitalocean_token = "dop_v1_f18634778b0443b40aed52295abb"', languageId: 'python' },
    { text: 'digitalocean_token = os.environ["DIGITALOCEAN_TOKEN"]', languageId: 'python' },
  ],
};

export default examples;
