import { patternRule } from '../rule';

export default patternRule({
  id: 'curl-user-password',
  kind: 'curl user password',
  description: 'A password given to curl as `-u user:password` / `--user user:password`.',
  keywords: ['curl'],
  pattern: /(?<![\w-])(?:-u|--user)(?:[ \t]+|=)?(?<q>["']?)[^\s"':@/$]{1,64}:(?<secret>[^\s"'@$][^\s"'@]{2,127})\k<q>(?=[\s;|&)]|$)/g,
  confidence: 'medium',
  envVar: 'CURL_PASSWORD',
  // `-u 1000:1000` is a uid:gid (docker run on the same line), not a password.
  check: (value) => !/^\d+$/.test(value),
});
