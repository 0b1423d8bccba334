import type { RuleExamples } from '../types';

/** `jwt`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhMGlpODc2OTh5dHoiLCJpYXQiOjE3MDAwMDAwMDB9.Jc_fwFp64OJxA-6EgQaISMKsvrBsD37GL4JayTZwkJr"',
      secret:
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhMGlpODc2OTh5dHoiLCJpYXQiOjE3MDAwMDAwMDB9.Jc_fwFp64OJxA-6EgQaISMKsvrBsD37GL4JayTZwkJr',
      languageId: 'python',
    },
    {
      text: 'export ACCESS_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhMGlpODc2OTh5dHoiLCJpYXQiOjE3MDAwMDAwMDB9.Jc_fwFp64OJxA-6EgQaISMKsvrBsD37GL4JayTZwkJr',
      secret:
        'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhMGlpODc2OTh5dHoiLCJpYXQiOjE3MDAwMDAwMDB9.Jc_fwFp64OJxA-6EgQaISMKsvrBsD37GL4JayTZwkJr',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0"', languageId: 'python' },
    { text: 'const t = "eyJ..."', languageId: 'javascript' },
  ],
};

export default examples;
