import { lineTest, patternRule } from '../rule';

const SQL_CONTEXT = lineTest(/\b(?:create|alter)[ \t]+(?:user|role|login|group)\b|\bgrant\b|^\s*sql>|(?:\bby|password)(?: =)? ['"]/i);

export default patternRule({
  id: 'sql-password',
  kind: 'SQL user password',
  description: 'A password set in SQL: CREATE/ALTER USER … IDENTIFIED BY …, CREATE ROLE … WITH [LOGIN] PASSWORD ….',
  // Single spaces, as in the pattern: every match's line holds its keyword.
  keywords: ['identified', 'with password', 'login password'],
  pattern:
    /\b(?:identified(?: with \w{1,40})? by|(?:with|login) password)(?: =)? (?<q>['"]?)(?<secret>[A-Za-z0-9!#%*+_.,@^~-][^\s'";]{2,100})\k<q>(?=[\s;,)]|$)/gim,
  confidence: 'medium',
  envVar: 'DATABASE_PASSWORD',
  // Short or lower-case words are prose or keywords (`with password information`, `identified by values`).
  // Prose says "identified by name" too (AWS API docs: "the resource identified by instanceName"):
  // the line must be SQL that sets a password (CREATE/ALTER USER, ROLE or LOGIN, GRANT, a SQL
  // prompt) or quote the value.
  check: (value, line) => !/^[A-Za-z]{1,6}$/.test(value) && !/^[a-z]+$/.test(value) && SQL_CONTEXT(line),
});
