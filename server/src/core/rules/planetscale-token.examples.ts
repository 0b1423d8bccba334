import type { RuleExamples } from '../types';

/** `planetscale-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_415Yjol2Yl9xUOtFdX0f7wWIVl2Hj7nq8ek1KSYoi7t',
      secret: 'pscale_tkn_415Yjol2Yl9xUOtFdX0f7wWIVl2Hj7nq8ek1KSYoi7t',
      path: '.env',
    },
    {
      text: 'DATABASE_PASSWORD: pscale_pw_415Yjol2Yl9xUOtFdX0f7wWIVl2Hj7nq8ek1KSYoi7t',
      secret: 'pscale_pw_415Yjol2Yl9xUOtFdX0f7wWIVl2Hj7nq8ek1KSYoi7t',
      languageId: 'yaml',
    },
  ],
  mustNotMatch: [
    { text: 'PLANETSCALE_SERVICE_TOKEN=pscale_tkn_<token>', path: '.env' },
    { text: 'password: pscale_pw_example', languageId: 'yaml' },
  ],
};

export default examples;
