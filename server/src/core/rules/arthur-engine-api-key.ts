import { patternRule } from '../rule';
import { isArthurEngineKey } from './decode';

export default patternRule({
  id: 'arthur-engine-api-key',
  kind: "Arthur Engine API key",
  description: "An Arthur Engine API key: base64 of \"<uuid>:<secret>\", recognised by decoding it.",
  platform: 'arthur',
  keywords: [],
  // base64 of a hex digit and then a hex digit or dash can only start with these two characters;
  // matching them before the look-behind keeps the pattern cheap on every file.
  pattern: /[MNOYZ][DGTWjmz2](?<![A-Za-z0-9+/][MNOYZ][DGTWjmz2])[A-Za-z0-9+/]{74,109}={0,2}(?![A-Za-z0-9+/=])/g,
  confidence: 'high',
  envVar: 'ARTHUR_API_KEY',
  check: (value) => isArthurEngineKey(value),
  mustMatch: [
    { text: "client = ArthurClient(api_key=\"M2NlYWFmMzAtODE0Mi00OGVhLTkxZDktMzA4MGY5YjQzOWZjOm9HS3JuUWtQb0dQTkJDdHZmN2QtT3FGY1RHYUhRdkN4dE02RWVPaElWaU0=\")", secret: "M2NlYWFmMzAtODE0Mi00OGVhLTkxZDktMzA4MGY5YjQzOWZjOm9HS3JuUWtQb0dQTkJDdHZmN2QtT3FGY1RHYUhRdkN4dE02RWVPaElWaU0=", languageId: 'python' },
    { text: "ARTHUR_API_KEY=YzFhY2M5OTAtNjQyNC00NTBhLWEzNmItZjliM2RkY2IzNjlkOmhQQmVtckgyYjVrNXhhS05SNVU0ODNfYU5zU2JaME9yRHhsendWaDFMeTQ=", secret: "YzFhY2M5OTAtNjQyNC00NTBhLWEzNmItZjliM2RkY2IzNjlkOmhQQmVtckgyYjVrNXhhS05SNVU0ODNfYU5zU2JaME9yRHhsendWaDFMeTQ=", path: '.env' },
  ],
  mustNotMatch: [
    { text: "token = \"YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYQ==\"", languageId: 'python' },
    { text: "x = \"bm90LWEtdXVpZC1hdC1hbGw6cXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcQ==\"" },
  ],
});
