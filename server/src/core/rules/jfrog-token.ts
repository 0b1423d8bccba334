import { patternRule } from '../rule';

/**
 * JFrog's formats (JFrog docs, API keys and access tokens): Artifactory API keys start AKCp;
 * reference tokens are base64 of "reftkn:01:…", so they start cmVmdGtu.
 */
export default patternRule({
  id: 'jfrog-token',
  kind: 'JFrog API key or access token',
  description: 'A JFrog Artifactory API key (AKCp…) or reference token (base64 of "reftkn:01:…", cmVmdGtu…).',
  keywords: ['akcp', 'cmvmdgtu'],
  pattern: /(?<![A-Za-z0-9+/])(?<secret>AKCp[A-Za-z0-9]{60,80}|cmVmdGtu[A-Za-z0-9+/]{40,100}={0,2})(?![A-Za-z0-9+/=])/g,
  confidence: 'high',
  envVar: 'JFROG_ACCESS_TOKEN',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value),
});
