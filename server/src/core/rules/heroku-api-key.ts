import { lineTest, patternRule } from '../rule';

const namesTheKey = lineTest(/heroku[_-]?api[_-]?(?:key|token)["']?[ \t]*(?:=|:|=>)/i);

/**
 * Heroku API keys (Heroku Dev Center, "Heroku CLI authentication" and API tokens): newer tokens
 * start HRKU-; older ones are UUIDs, which are flagged only under a Heroku API key name (a UUID
 * alone is an id far more often than a secret).
 */
export default patternRule({
  id: 'heroku-api-key',
  kind: 'Heroku API key',
  description: 'A Heroku API key: HRKU-… tokens, or a UUID assigned to a Heroku API key name (HEROKU_API_KEY).',
  keywords: ['hrku-', 'heroku'],
  pattern:
    /(?<![A-Za-z0-9_-])(?<secret>HRKU-[A-Za-z0-9_-]{40,100}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'HEROKU_API_KEY',
  check: (value, line) => (value.startsWith('HRKU-') ? /\d/.test(value) && /[a-z]/i.test(value.slice(5)) : namesTheKey(line)),
});
