import type { RuleExamples } from '../types';

/** `heroku-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'export HEROKU_API_KEY=HRKU-I20JGRpepfWhqQupnobaG76kmx7a2T3As20VyEMctTy609yecRK4pYwcbpOL',
      secret: 'HRKU-I20JGRpepfWhqQupnobaG76kmx7a2T3As20VyEMctTy609yecRK4pYwcbpOL',
      languageId: 'shellscript',
    },
    { text: 'HEROKU_API_KEY=2f3c9b1e-8d4a-4c7e-9b2f-61a0d5e3c7b4', secret: '2f3c9b1e-8d4a-4c7e-9b2f-61a0d5e3c7b4', path: '.env' },
    { text: 'heroku_api_key: "2f3c9b1e-8d4a-4c7e-9b2f-61a0d5e3c7b4"', secret: '2f3c9b1e-8d4a-4c7e-9b2f-61a0d5e3c7b4', languageId: 'yaml' },
  ],
  mustNotMatch: [
    { text: 'HEROKU_APP_ID=2f3c9b1e-8d4a-4c7e-9b2f-61a0d5e3c7b4', path: '.env' },
    { text: 'export HEROKU_API_KEY=HRKU-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', languageId: 'shellscript' },
  ],
};

export default examples;
