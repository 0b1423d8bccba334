import { patternRule } from '../rule';

export default patternRule({
  id: 'age-secret-key',
  kind: 'age secret key',
  description: 'An age encryption secret key.',
  keywords: ['age-secret-key-1'],
  pattern: /(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})/g,
  confidence: 'high',
  envVar: 'AGE_SECRET_KEY',
});
