import type { RuleExamples } from '../types';

/** `sourcegraph-access-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'src_access_token = "sgp_aee250f6ab1ea324_2479c079dea683d06491db8a7befea85a4e302be"',
      secret: 'sgp_aee250f6ab1ea324_2479c079dea683d06491db8a7befea85a4e302be',
      languageId: 'python',
    },
    {
      text: 'SRC_ACCESS_TOKEN=sgp_aee250f6ab1ea324_2479c079dea683d06491db8a7befea85a4e302be',
      secret: 'sgp_aee250f6ab1ea324_2479c079dea683d06491db8a7befea85a4e302be',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'src_access_token = "sgp_aee250f6ab1ea324_2479c079dea683d0649"', languageId: 'python' },
    { text: 'src_access_token = os.environ["SRC_ACCESS_TOKEN"]', languageId: 'python' },
    { text: 'SRC_ACCESS_TOKEN = "sgp_"', languageId: 'python' },
  ],
};

export default examples;
