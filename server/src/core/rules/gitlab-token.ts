import { patternRule } from '../rule';

export default patternRule({
  id: 'gitlab-token',
  kind: "GitLab token",
  description: "A GitLab personal, deploy, pipeline-trigger or runner token.",
  keywords: ['glpat-', 'gldt-', 'glptt-', 'glrt-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>gl(?:pat|dt|ptt|rt)-[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'GITLAB_TOKEN',
  mustMatch: [
    { text: "gitlab_token = \"glpat-zvLgkGoy6_LmMrBwuEsC\"", secret: "glpat-zvLgkGoy6_LmMrBwuEsC", languageId: 'python' },
    { text: "export GITLAB_TOKEN=glpat-3tkOBvuO2LhkTU9xZrPK", secret: "glpat-3tkOBvuO2LhkTU9xZrPK", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "gitlab_token = \"glpat-zvLgkGo\"", languageId: 'python' },
    { text: "gitlab_token = os.environ[\"GITLAB_TOKEN\"]", languageId: 'python' },
  ],
});
