import { patternRule } from '../rule';

export default patternRule({
  id: 'stripe-secret-key',
  kind: "Stripe secret key",
  description: "A Stripe secret or restricted key (sk_live_/sk_test_/rk_…).",
  keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>[sr]k_(?:live|test)_[A-Za-z0-9]{20,247})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'STRIPE_SECRET_KEY',
  mustMatch: [
    { text: "stripe_secret_key = \"sk_live_0bdYNCnXYSnL5yfM90F2UsAQ\"", secret: "sk_live_0bdYNCnXYSnL5yfM90F2UsAQ", languageId: 'python' },
    { text: "export STRIPE_SECRET_KEY=rk_test_VafyQgMZZo8o21XiHiLjkNqHAU9LkZ0jJT2byjBfYsfIG4S0WyXEmGgQRceWUBCRSoTbgjfN8N6DuK7gnu5KowrMJz5lWoz8BWp", secret: "rk_test_VafyQgMZZo8o21XiHiLjkNqHAU9LkZ0jJT2byjBfYsfIG4S0WyXEmGgQRceWUBCRSoTbgjfN8N6DuK7gnu5KowrMJz5lWoz8BWp", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "stripe_secret_key = \"sk_live_0bdYNCnX\"", languageId: 'python' },
    { text: "stripe_secret_key = os.environ[\"STRIPE_SECRET_KEY\"]", languageId: 'python' },
  ],
});
