import type { RuleExamples } from '../types';

/** `duffel-api-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'duffel_access_token = "duffel_test_vNJxzUW19Ns8i29fuqnUnIi7TwEtobEdb9XMyFrS45m"',
      secret: 'duffel_test_vNJxzUW19Ns8i29fuqnUnIi7TwEtobEdb9XMyFrS45m',
      languageId: 'python',
    },
    {
      text: 'DUFFEL_ACCESS_TOKEN=duffel_test_vNJxzUW19Ns8i29fuqnUnIi7TwEtobEdb9XMyFrS45m',
      secret: 'duffel_test_vNJxzUW19Ns8i29fuqnUnIi7TwEtobEdb9XMyFrS45m',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'duffel_access_token = "duffel_test_vNJxzUW19Ns8i29fuqnUnIi7"', languageId: 'python' },
    { text: 'duffel_access_token = os.environ["DUFFEL_ACCESS_TOKEN"]', languageId: 'python' },
    { text: 'mode = "duffel_test_mode"', languageId: 'python' },
  ],
};

export default examples;
