import type { RuleExamples } from '../types';

/** `stripe-secret-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    { text: 'stripe_secret_key = "sk_live_0bdYNCnXYSnL5yfM90F2UsAQ"', secret: 'sk_live_0bdYNCnXYSnL5yfM90F2UsAQ', languageId: 'python' },
    {
      text: 'export STRIPE_SECRET_KEY=rk_test_VafyQgMZZo8o21XiHiLjkNqHAU9LkZ0jJT2byjBfYsfIG4S0WyXEmGgQRceWUBCRSoTbgjfN8N6DuK7gnu5KowrMJz5lWoz8BWp',
      secret: 'rk_test_VafyQgMZZo8o21XiHiLjkNqHAU9LkZ0jJT2byjBfYsfIG4S0WyXEmGgQRceWUBCRSoTbgjfN8N6DuK7gnu5KowrMJz5lWoz8BWp',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'stripe_secret_key = "sk_live_0bdYNCnX"', languageId: 'python' },
    { text: 'stripe_secret_key = os.environ["STRIPE_SECRET_KEY"]', languageId: 'python' },
  ],
};

export default examples;
