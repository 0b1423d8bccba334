import type { RuleExamples } from '../types';

/** `dynatrace-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'dynatrace_api_token = "dt0c01.W8L7JNQEKOITGXEWVFRWKZ06.07AR1CQZRFNSKXI2FGUQ937FOE3UKFOX8576YZT3B6MNBFZXEARNP8IUBIO2RB71"',
      secret: 'dt0c01.W8L7JNQEKOITGXEWVFRWKZ06.07AR1CQZRFNSKXI2FGUQ937FOE3UKFOX8576YZT3B6MNBFZXEARNP8IUBIO2RB71',
      languageId: 'python',
    },
    {
      text: 'DYNATRACE_API_TOKEN=dt0c01.W8L7JNQEKOITGXEWVFRWKZ06.07AR1CQZRFNSKXI2FGUQ937FOE3UKFOX8576YZT3B6MNBFZXEARNP8IUBIO2RB71',
      secret: 'dt0c01.W8L7JNQEKOITGXEWVFRWKZ06.07AR1CQZRFNSKXI2FGUQ937FOE3UKFOX8576YZT3B6MNBFZXEARNP8IUBIO2RB71',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'dynatrace_api_token = "dt0c01.W8L7JNQEKOITGXEWVFRWKZ06.07AR1CQZRFNSKXI2FGUQ937FOE3UKFOX"', languageId: 'python' },
    { text: 'dynatrace_api_token = os.environ["DYNATRACE_API_TOKEN"]', languageId: 'python' },
    {
      text: 'token = "dt0s01.ST2EY72KQINMH574WMNVI7YN.G3DFPBEJYMODIDAEX454M7YWBUVEFOWKPRVMWFASS64NFH52PX6BNDVFFM572RZM"',
      languageId: 'python',
    },
  ],
};

export default examples;
