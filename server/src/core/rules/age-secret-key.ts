import { patternRule } from '../rule';

export default patternRule({
  id: 'age-secret-key',
  kind: "age secret key",
  description: "An age encryption secret key.",
  keywords: ['age-secret-key-1'],
  pattern: /(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})/g,
  confidence: 'high',
  envVar: 'AGE_SECRET_KEY',
  mustMatch: [
    { text: "age_secret_key = \"AGE-SECRET-KEY-15LNWU5HDRS5EHS7FRRZV0HNP445ALM9PR5HNWM0CMG0L7CCUPQQ6CL4XJ8\"", secret: "AGE-SECRET-KEY-15LNWU5HDRS5EHS7FRRZV0HNP445ALM9PR5HNWM0CMG0L7CCUPQQ6CL4XJ8", languageId: 'python' },
    { text: "export AGE_SECRET_KEY=AGE-SECRET-KEY-1HVWU33S8PZXX786RN5H9UT2Q9XUFSNNXNY4FGEE00SK7XZRXWN2CTUJDUZ", secret: "AGE-SECRET-KEY-1HVWU33S8PZXX786RN5H9UT2Q9XUFSNNXNY4FGEE00SK7XZRXWN2CTUJDUZ", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "age_secret_key = \"AGE-SECRET-KEY-15LNWU5HDRS5EHS7FRRZV0\"", languageId: 'python' },
    { text: "age_secret_key = os.environ[\"AGE_SECRET_KEY\"]", languageId: 'python' },
  ],
});
