import { patternRule } from '../rule';

/**
 * Linear's personal API keys start with lin_api_ (Linear settings, "Personal API keys": "it starts
 * with lin_api_"); OAuth access tokens with lin_oauth_.
 */
export default patternRule({
  id: 'linear-api-key',
  kind: "Linear API key",
  description: "A Linear personal API key (lin_api_…) or OAuth access token (lin_oauth_…).",
  keywords: ['lin_api_', 'lin_oauth_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>lin_(?:api|oauth)_[A-Za-z0-9]{32,64})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'LINEAR_API_KEY',
  mustMatch: [
    { text: "const linear = new LinearClient({ apiKey: \"lin_api_BSI3b5KBjXkNVZP5BaGJJ0DJgaXMXqBVzENJE3A1\" });", secret: "lin_api_BSI3b5KBjXkNVZP5BaGJJ0DJgaXMXqBVzENJE3A1", languageId: 'typescript' },
    { text: "LINEAR_API_KEY=lin_api_BSI3b5KBjXkNVZP5BaGJJ0DJgaXMXqBVzENJE3A1", secret: "lin_api_BSI3b5KBjXkNVZP5BaGJJ0DJgaXMXqBVzENJE3A1", path: '.env' },
  ],
  mustNotMatch: [
    { text: "LINEAR_API_KEY=lin_api_xxxxxxxx", path: '.env' },
    { text: "if (key.startsWith(\"lin_api_\")) return true;", languageId: 'typescript' },
  ],
});
