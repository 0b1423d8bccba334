import { patternRule } from '../rule';

export default patternRule({
  id: 'basic-auth-header',
  kind: "HTTP Basic credentials",
  description: "User and password in an Authorization: Basic header (base64 of user:password).",
  keywords: ['basic'],
  pattern: /(?:authorization["']?[ \t]*(?::|=|=>|,)[ \t]*["'`]?[ \t]*basic|basic(?<=["'`]basic))[ \t]+(?<secret>[A-Za-z0-9+/]{8,500}={0,2})(?![A-Za-z0-9+/=])/gi,
  confidence: 'high',
  envVar: 'BASIC_AUTH',
  check: (value) => { try { return /^[^:\s]{1,100}:\S{3,}$/.test(atob(value)); } catch { return false; } },
  mustMatch: [
    { text: "if auth != \"Basic a3p2dGg6c3ljZnJx\" {", secret: "a3p2dGg6c3ljZnJx", languageId: 'go' },
    { text: "curl -H \"Authorization: Basic YWRtaW46WHpZM2VYd1lEOWJHNTZUbw==\" https://example.com", secret: "YWRtaW46WHpZM2VYd1lEOWJHNTZUbw==", languageId: 'shellscript' },
    { text: "Authorization: Basic YWRtaW46WHpZM2VYd1lEOWJHNTZUbw==", secret: "YWRtaW46WHpZM2VYd1lEOWJHNTZUbw==", path: 'request.http' },
  ],
  mustNotMatch: [
    { text: "Authorization: Basic <credentials>", path: 'README.md' },
    { text: "headers[\"Authorization\"] = \"Basic \" + encoded", languageId: 'python' },
  ],
});
