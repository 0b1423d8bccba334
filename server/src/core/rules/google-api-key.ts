import { patternRule } from '../rule';

export default patternRule({
  id: 'google-api-key',
  kind: "Google API key",
  description: "A Google Cloud / Firebase API key (AIza…).",
  keywords: ['aiza'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'GOOGLE_API_KEY',
  mustMatch: [
    { text: "google_api_key = \"AIzavTEyhwK-YwBJ_LSDr4tKp7iCjK4aWUK0iHb\"", secret: "AIzavTEyhwK-YwBJ_LSDr4tKp7iCjK4aWUK0iHb", languageId: 'python' },
    { text: "export GOOGLE_API_KEY=AIzay-3WQkTvojS0g8feoB-2WrqTtkBlTkPzk0A", secret: "AIzay-3WQkTvojS0g8feoB-2WrqTtkBlTkPzk0A", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "google_api_key = \"AIzavTEyhwK-YwBJ_LS\"", languageId: 'python' },
    { text: "google_api_key = os.environ[\"GOOGLE_API_KEY\"]", languageId: 'python' },
  ],
});
