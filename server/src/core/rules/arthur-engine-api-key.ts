import { patternRule } from '../rule';
import { isArthurEngineKey } from './decode';

export default patternRule({
  id: 'arthur-engine-api-key',
  kind: 'Arthur Engine API key',
  description: 'An Arthur Engine API key: base64 of "<uuid>:<secret>", recognised by decoding it.',
  platform: 'arthur',
  keywords: [],
  // base64 of a hex digit and then a hex digit or dash can only start with these two characters;
  // matching them before the look-behind keeps the pattern cheap on every file.
  pattern: /[MNOYZ][DGTWjmz2](?<![A-Za-z0-9+/][MNOYZ][DGTWjmz2])[A-Za-z0-9+/]{74,109}={0,2}(?![A-Za-z0-9+/=])/g,
  confidence: 'high',
  envVar: 'ARTHUR_API_KEY',
  check: (value) => isArthurEngineKey(value),
});
