import { patternRule } from '../rule';

/**
 * PlanetScale's credentials carry their kind in a prefix: service tokens pscale_tkn_, database
 * passwords pscale_pw_, OAuth tokens pscale_oauth_ (PlanetScale docs: service tokens, passwords).
 */
export default patternRule({
  id: 'planetscale-token',
  kind: 'PlanetScale token or password',
  description: 'A PlanetScale service token (pscale_tkn_), OAuth token (pscale_oauth_) or database password (pscale_pw_).',
  keywords: ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{32,64})(?![A-Za-z0-9_.-])/g,
  confidence: 'high',
  envVar: 'PLANETSCALE_TOKEN',
});
