import { patternRule } from '../rule';

export default patternRule({
  id: 'bearer-token',
  kind: "Bearer token",
  description: "A bearer token in an Authorization header (curl -H, fetch/requests header dicts, HTTP files) or a \"Bearer …\" header value string (HAR files, tests).",
  keywords: ['bearer'],
  pattern: /(?:authorization["']?[ \t]*(?::|=|=>|,)[ \t]*["'`]?[ \t]*|(?<=["'`]))bearer[ \t]+(?<secret>[A-Za-z0-9._~+/=-]{16,2000})/gi,
  confidence: 'high',
  envVar: 'API_TOKEN',
  mustMatch: [
    { text: "{ \"name\": \"Authorization\", \"value\": \"Bearer xg9rfObrgmupHYt4eCvOnp2EdCGygZirOoIDFawLU1WP\" }", secret: "xg9rfObrgmupHYt4eCvOnp2EdCGygZirOoIDFawLU1WP", languageId: 'json' },
    { text: "curl -H \"Authorization: Bearer I-oVpbR2CDjlt1BC5Gco7fcopoFShyAO9H5sLwzc\" https://api.example.com", secret: "I-oVpbR2CDjlt1BC5Gco7fcopoFShyAO9H5sLwzc", languageId: 'shellscript' },
    { text: "headers = {\"Authorization\": \"Bearer I-oVpbR2CDjlt1BC5Gco7fcopoFShyAO9H5sLwzc\"}", secret: "I-oVpbR2CDjlt1BC5Gco7fcopoFShyAO9H5sLwzc", languageId: 'python' },
  ],
  mustNotMatch: [
    { text: "headers[\"Authorization\"] = \"Bearer \" + token", languageId: 'python' },
    { text: "\"Bearer tokens are sent in the Authorization header\"", languageId: 'markdown' },
    { text: "curl -H \"Authorization: Bearer $ARTHUR_API_KEY\" http://localhost:3030", languageId: 'shellscript' },
    { text: "headers: { Authorization: `Bearer ${token}` }", languageId: 'typescript' },
  ],
});
