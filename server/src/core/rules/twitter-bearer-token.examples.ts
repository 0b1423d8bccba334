import type { RuleExamples } from '../types';

/** `twitter-bearer-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'twitter_bearer_token = "AAAAAAAAAAAAAAAAAAAAAKd3vAAAAAAA0%2BU8JZpDE0iGXl%2BD6gNCFbaEPFjbD0kH8%3DOool8DklZDOCj2ISaJiHkTj0rLGlkoMXGjtEkDnNfribxUdl7d"',
      secret: 'AAAAAAAAAAAAAAAAAAAAAKd3vAAAAAAA0%2BU8JZpDE0iGXl%2BD6gNCFbaEPFjbD0kH8%3DOool8DklZDOCj2ISaJiHkTj0rLGlkoMXGjtEkDnNfribxUdl7d',
      languageId: 'python',
    },
    {
      text: 'TWITTER_BEARER_TOKEN=AAAAAAAAAAAAAAAAAAAAAKd3vAAAAAAA0%2BU8JZpDE0iGXl%2BD6gNCFbaEPFjbD0kH8%3DOool8DklZDOCj2ISaJiHkTj0rLGlkoMXGjtEkDnNfribxUdl7d',
      secret: 'AAAAAAAAAAAAAAAAAAAAAKd3vAAAAAAA0%2BU8JZpDE0iGXl%2BD6gNCFbaEPFjbD0kH8%3DOool8DklZDOCj2ISaJiHkTj0rLGlkoMXGjtEkDnNfribxUdl7d',
      path: '.env',
    },
    {
      text: "client = tweepy.Client(bearer_token='AAAAAAAAAAAAAAAAAAAAAKd3vAAAAAAA0%2BU8JZpDE0iGXl%2BD6gNCFbaEPFjbD0kH8%3DOool8DklZDOCj2ISaJiHkTj0rLGlkoMXGjtEkDnNfribxUdl7d')",
      secret: 'AAAAAAAAAAAAAAAAAAAAAKd3vAAAAAAA0%2BU8JZpDE0iGXl%2BD6gNCFbaEPFjbD0kH8%3DOool8DklZDOCj2ISaJiHkTj0rLGlkoMXGjtEkDnNfribxUdl7d',
      languageId: 'python',
    },
  ],
  mustNotMatch: [
    {
      text: 'blob = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"',
      languageId: 'python',
    },
    {
      text: 'src: url(data:font/woff2;base64,d09GMgABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA);',
      languageId: 'css',
    },
    {
      text: 'twitter_bearer_token = "AAAAAAAAAAAAAAAAAAAAAKd3vAAAAAAA0%2BXTPyLsxPFkTh%3Dxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
      languageId: 'python',
    },
    { text: 'twitter_bearer_token = os.environ["TWITTER_BEARER_TOKEN"]', languageId: 'python' },
  ],
};

export default examples;
