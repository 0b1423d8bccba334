import { patternRule } from '../rule';

export default patternRule({
  id: 'digitalocean-token',
  kind: 'DigitalOcean token',
  description: 'A DigitalOcean personal, OAuth or refresh token.',
  keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>do[opr]_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'DIGITALOCEAN_TOKEN',
});
