import type { RuleExamples } from '../types';

/** `docker-hub-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    { text: 'docker_token = "dckr_pat_1tNmsxBkixfneD-nPO3ZzxsMW1I"', secret: 'dckr_pat_1tNmsxBkixfneD-nPO3ZzxsMW1I', languageId: 'python' },
    {
      text: 'export DOCKER_TOKEN=dckr_pat_x9bz5LK0X1i1wqZ8e-IC31JD__D',
      secret: 'dckr_pat_x9bz5LK0X1i1wqZ8e-IC31JD__D',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'docker_token = "dckr_pat_1tNmsxBki"', languageId: 'python' },
    { text: 'docker_token = os.environ["DOCKER_TOKEN"]', languageId: 'python' },
  ],
};

export default examples;
