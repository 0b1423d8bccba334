import { isPortBeforeAt, urlPasswordReason } from '../filters';
import { patternRule } from '../rule';

export default patternRule({
  id: 'url-credentials',
  kind: 'Password in a URL',
  description:
    "A password embedded in a URL of any scheme (scheme://user:password@host): http(s), ftp, ssh, brokers and the many database drivers' own schemes (usql's my://, ca://, godror:// …).",
  keywords: ['://'],
  pattern: /:\/\/(?<=(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{0,30}:\/\/)[^:@/\s"'`]{1,100}:(?<secret>[^@\s"'`/]{3,200})@/gi,
  confidence: 'high',
  check: (value, line) => !isPortBeforeAt(value) && !urlPasswordReason(value, line),
  envVar: 'URL_PASSWORD',
});
