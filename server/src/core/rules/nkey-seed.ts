import { patternRule } from '../rule';

export default patternRule({
  id: 'nkey-seed',
  kind: 'NATS nkey seed',
  description: 'A NATS nkey seed (private key): S + type + 56 base32 characters.',
  keywords: [],
  pattern: /(?<![A-Z0-9])(?<secret>S[UAONCX][A-Z2-7]{56})(?![A-Z0-9])/g,
  confidence: 'high',
  envVar: 'NKEYS_SEED',
});
