import { patternRule } from '../rule';

export default patternRule({
  id: 'docker-hub-token',
  kind: "Docker Hub personal access token",
  description: "A Docker Hub personal access token (dckr_pat_…).",
  keywords: ['dckr_pat_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>dckr_pat_[A-Za-z0-9_-]{27})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'DOCKER_TOKEN',
  mustMatch: [
    { text: "docker_token = \"dckr_pat_1tNmsxBkixfneD-nPO3ZzxsMW1I\"", secret: "dckr_pat_1tNmsxBkixfneD-nPO3ZzxsMW1I", languageId: 'python' },
    { text: "export DOCKER_TOKEN=dckr_pat_x9bz5LK0X1i1wqZ8e-IC31JD__D", secret: "dckr_pat_x9bz5LK0X1i1wqZ8e-IC31JD__D", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "docker_token = \"dckr_pat_1tNmsxBki\"", languageId: 'python' },
    { text: "docker_token = os.environ[\"DOCKER_TOKEN\"]", languageId: 'python' },
  ],
});
