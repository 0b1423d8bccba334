import { patternRule } from '../rule';

export default patternRule({
  id: 'stripe-secret-key',
  kind: 'Stripe secret key',
  description: 'A Stripe secret or restricted key (sk_live_/sk_test_/rk_…).',
  keywords: ['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>[sr]k_(?:live|test)_[A-Za-z0-9]{20,247})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'STRIPE_SECRET_KEY',
});
