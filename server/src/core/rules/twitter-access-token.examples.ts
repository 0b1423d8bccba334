import type { RuleExamples } from '../types';

/** `twitter-access-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'twitter_access_token = "3507127295-MNprzbIagekG6tMlQi2Vyz10qieFfJeJfFPpFiWN"',
      secret: '3507127295-MNprzbIagekG6tMlQi2Vyz10qieFfJeJfFPpFiWN',
      languageId: 'python',
    },
    {
      text: 'TWITTER_ACCESS_TOKEN=3507127295-MNprzbIagekG6tMlQi2Vyz10qieFfJeJfFPpFiWN',
      secret: '3507127295-MNprzbIagekG6tMlQi2Vyz10qieFfJeJfFPpFiWN',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'twitter_access_token = "3507127295-MNprzbIagekG6tMlQi2Vyz1"', languageId: 'python' },
    { text: 'twitter_access_token = os.environ["TWITTER_ACCESS_TOKEN"]', languageId: 'python' },
    { text: 'twitter_ids = "1234567890-abcdefghijabcdefghijabcdefghijabcdefghij"', languageId: 'python' },
    { text: '# twitter: see issue 370773112-3 for details', languageId: 'python' },
  ],
};

export default examples;
