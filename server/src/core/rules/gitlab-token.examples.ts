import type { RuleExamples } from '../types';

/** `gitlab-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    { text: 'gitlab_token = "glpat-zvLgkGoy6_LmMrBwuEsC"', secret: 'glpat-zvLgkGoy6_LmMrBwuEsC', languageId: 'python' },
    { text: 'export GITLAB_TOKEN=glpat-3tkOBvuO2LhkTU9xZrPK', secret: 'glpat-3tkOBvuO2LhkTU9xZrPK', languageId: 'shellscript' },
    { text: 'CI_JOB_TOKEN=glcbt-xp5QEz_-x9L6HzGpPwEv', secret: 'glcbt-xp5QEz_-x9L6HzGpPwEv', path: '.env' },
    { text: 'runner_token: glrt-xp5QEz_-x9L6HzGpPwEv.01.0w0abc12x', secret: 'glrt-xp5QEz_-x9L6HzGpPwEv.01.0w0abc12x', languageId: 'yaml' },
    { text: 'registration-token: GR1348941xp5QEz_-x9L6HzGpPwEv', secret: 'GR1348941xp5QEz_-x9L6HzGpPwEv', languageId: 'yaml' },
    {
      text: 'feed: https://gitlab.example.com/dashboard/projects.atom?feed_token=glft-xp5QEz_-x9L6HzGpPwEv',
      secret: 'glft-xp5QEz_-x9L6HzGpPwEv',
    },
    {
      text: 'GITLAB_OAUTH_SECRET=gloas-76b6f6980ac7cb88939f4f566d4df368af2f4f4f272b6c042fcc5cd48cb4aa94',
      secret: 'gloas-76b6f6980ac7cb88939f4f566d4df368af2f4f4f272b6c042fcc5cd48cb4aa94',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'gitlab_token = "glpat-zvLgkGo"', languageId: 'python' },
    { text: 'gitlab_token = os.environ["GITLAB_TOKEN"]', languageId: 'python' },
    { text: '// see the gldt-deployment-tokens-settings-page section', languageId: 'typescript' },
    { text: "const prefix = 'glptt-';", languageId: 'typescript' },
  ],
};

export default examples;
