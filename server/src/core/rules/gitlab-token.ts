import { patternRule } from '../rule';

/**
 * GitLab's token prefixes (docs.gitlab.com, "Token prefixes"): personal/project/group access
 * glpat-, OAuth application secret gloas-, deploy gldt-, runner authentication glrt- / glrtr-,
 * CI/CD job glcbt-, pipeline trigger glptt-, feed glft-, incoming mail glimt-, agent for
 * Kubernetes glagent-, SCIM glsoat-, feature-flags client glffct-, and the legacy runner
 * registration token GR1348941…. Newer tokens may end in routable parts (`.01.…`).
 */
export default patternRule({
  id: 'gitlab-token',
  kind: 'GitLab token',
  description:
    'A GitLab token of any documented prefix: personal/project/group (glpat-), OAuth secret (gloas-), deploy (gldt-), runner (glrt-, glrtr-, GR1348941), CI/CD job (glcbt-), trigger (glptt-), feed (glft-), incoming mail (glimt-), agent (glagent-), SCIM (glsoat-), feature flags (glffct-).',
  keywords: [
    'glpat-',
    'gloas-',
    'gldt-',
    'glrt-',
    'glrtr-',
    'glcbt-',
    'glptt-',
    'glft-',
    'glimt-',
    'glagent-',
    'glsoat-',
    'glffct-',
    'gr1348941',
  ],
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>(?:gl(?:pat|oas|dt|rtr?|cbt|ptt|ft|imt|agent|soat|ffct)-|GR1348941)[A-Za-z0-9_-]{20,80}(?:\.[A-Za-z0-9_-]{1,20}){0,2})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'GITLAB_TOKEN',
  // Random: a digit or both cases (not a kebab-case name such as gldt-deployment-settings-page).
  check: (value) => /\d/.test(value) || (/[A-Z]/.test(value.slice(5)) && /[a-z]/.test(value.slice(5))),
});
