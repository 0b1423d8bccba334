import { isPortBeforeAt, urlPasswordReason } from '../filters';
import { patternRule } from '../rule';

export default patternRule({
  id: 'database-url-password',
  kind: 'Database URL password',
  description: 'A password inside a database or broker connection URL (postgres://user:password@host …).',
  keywords: ['://'],
  pattern:
    /:\/\/(?<=(?<![A-Za-z0-9+.-])(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|jdbc:[a-z]+|clickhouse|cockroachdb|snowflake|neo4j(?:\+s)?|bolt|couchdb|cassandra|nats|kafka)(?:\+[a-z0-9]+)?:\/\/)[^:@/\s"'`]{1,100}:(?<secret>[^@\s"'`/]{3,200})@/gi,
  confidence: 'high',
  check: (value, line) => !isPortBeforeAt(value) && !urlPasswordReason(value, line),
  envVar: 'DATABASE_PASSWORD',
});
