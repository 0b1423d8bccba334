import type { RuleExamples } from '../types';

/** `age-secret-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'age_secret_key = "AGE-SECRET-KEY-15LNWU5HDRS5EHS7FRRZV0HNP445ALM9PR5HNWM0CMG0L7CCUPQQ6CL4XJ8"',
      secret: 'AGE-SECRET-KEY-15LNWU5HDRS5EHS7FRRZV0HNP445ALM9PR5HNWM0CMG0L7CCUPQQ6CL4XJ8',
      languageId: 'python',
    },
    {
      text: 'export AGE_SECRET_KEY=AGE-SECRET-KEY-1HVWU33S8PZXX786RN5H9UT2Q9XUFSNNXNY4FGEE00SK7XZRXWN2CTUJDUZ',
      secret: 'AGE-SECRET-KEY-1HVWU33S8PZXX786RN5H9UT2Q9XUFSNNXNY4FGEE00SK7XZRXWN2CTUJDUZ',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'age_secret_key = "AGE-SECRET-KEY-15LNWU5HDRS5EHS7FRRZV0"', languageId: 'python' },
    { text: 'age_secret_key = os.environ["AGE_SECRET_KEY"]', languageId: 'python' },
  ],
};

export default examples;
