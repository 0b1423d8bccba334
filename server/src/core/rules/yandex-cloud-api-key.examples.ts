import type { RuleExamples } from '../types';

/** `yandex-cloud-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'headers = {"Authorization": "Api-Key AQVNmflJb5bM9FhdOnsqXjS5dJM3b1VVBRz8Z8bH"}',
      secret: 'AQVNmflJb5bM9FhdOnsqXjS5dJM3b1VVBRz8Z8bH',
      languageId: 'python',
    },
    { text: 'YC_API_KEY=AQVNmflJb5bM9FhdOnsqXjS5dJM3b1VVBRz8Z8bH', secret: 'AQVNmflJb5bM9FhdOnsqXjS5dJM3b1VVBRz8Z8bH', path: '.env' },
  ],
  mustNotMatch: [
    { text: 'assert request.headers["authorization"] == "Api-Key AQVN-yandex-key-123"', languageId: 'python' },
    // Inside base64 (a certificate or an image).
    { text: 'data = "MIIBIjANBgkq+AQVNmflJb5bM9FhdOnsqXjS5dJM3b1VVBRz8Z8bH/IDAQAB"', languageId: 'python' },
    // The shape of a key but not its randomness (no digits, one letter case, hex only).
    { text: 'const doc = "AQVN-yandex-cloud-api-key-goes-in-header";', languageId: 'typescript' },
  ],
};

export default examples;
