import { patternRule } from '../rule';

export default patternRule({
  id: 'mailgun-api-key',
  kind: "Mailgun API key",
  description: "A Mailgun private API key (key-…).",
  keywords: ['key-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>key-[0-9a-z]{32})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'MAILGUN_API_KEY',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value.slice(4)),
  mustMatch: [
    { text: "mailgun_api_key = \"key-smnaxj1gjuye0ua6h7jbwr7u46rvzqx8\"", secret: "key-smnaxj1gjuye0ua6h7jbwr7u46rvzqx8", languageId: 'python' },
    { text: "export MAILGUN_API_KEY=key-2qmdl6y93hme8ss1l1a9dz5b0gv61p72", secret: "key-2qmdl6y93hme8ss1l1a9dz5b0gv61p72", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "mailgun_api_key = \"key-smnaxj1gjuye0u\"", languageId: 'python' },
    { text: "mailgun_api_key = os.environ[\"MAILGUN_API_KEY\"]", languageId: 'python' },
  ],
});
