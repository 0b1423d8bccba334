import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * github.com/clojars/clojars-web/wiki/Deploy-Tokens (tokens start `CLOJARS_`, for secret
 * scanning).
 */
export default patternRule({
  id: 'clojars-deploy-token',
  kind: 'Clojars deploy token',
  description: 'A Clojars deploy token: CLOJARS_ and 60 hex digits.',
  keywords: ['clojars_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>CLOJARS_[a-f0-9]{60})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'CLOJARS_PASSWORD',
});
