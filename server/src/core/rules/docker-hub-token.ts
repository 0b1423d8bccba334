import { patternRule } from '../rule';

export default patternRule({
  id: 'docker-hub-token',
  kind: 'Docker Hub personal access token',
  description: 'A Docker Hub personal access token (dckr_pat_…).',
  keywords: ['dckr_pat_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>dckr_pat_[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'DOCKER_TOKEN',
});
