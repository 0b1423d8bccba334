import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * pulumi.com/docs/pulumi-cloud/access-management/access-tokens (tokens start `pul-`; 40 hex digits
 * as issued).
 */
export default patternRule({
  id: 'pulumi-access-token',
  kind: 'Pulumi access token',
  description: 'A Pulumi Cloud access token: pul- and 40 hex digits.',
  keywords: ['pul-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pul-[a-f0-9]{40})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'PULUMI_ACCESS_TOKEN',
});
