import type { RuleExamples } from '../types';

/** `prefect-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'prefect_api_key = "pnu_FmNLOgDDJRbCdSVCGN88CeI772857n1hvBTE"',
      secret: 'pnu_FmNLOgDDJRbCdSVCGN88CeI772857n1hvBTE',
      languageId: 'python',
    },
    { text: 'PREFECT_API_KEY=pnu_FmNLOgDDJRbCdSVCGN88CeI772857n1hvBTE', secret: 'pnu_FmNLOgDDJRbCdSVCGN88CeI772857n1hvBTE', path: '.env' },
  ],
  mustNotMatch: [
    { text: 'prefect_api_key = "pnu_FmNLOgDDJRbCdSVCGN88Ce"', languageId: 'python' },
    { text: 'prefect_api_key = os.environ["PREFECT_API_KEY"]', languageId: 'python' },
    { text: 'PREFECT_API_KEY = "pnu_0000000000"', languageId: 'python' },
  ],
};

export default examples;
