import { patternRule } from '../rule';

/**
 * Linear's personal API keys start with lin_api_ (Linear settings, "Personal API keys": "it starts
 * with lin_api_"); OAuth access tokens with lin_oauth_.
 */
export default patternRule({
  id: 'linear-api-key',
  kind: 'Linear API key',
  description: 'A Linear personal API key (lin_api_…) or OAuth access token (lin_oauth_…).',
  keywords: ['lin_api_', 'lin_oauth_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>lin_(?:api|oauth)_[A-Za-z0-9]{32,64})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'LINEAR_API_KEY',
});
