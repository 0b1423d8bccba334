import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * developer.hashicorp.com/vault/docs/concepts/tokens ("Token prefixes": `hvs.` service, `hvb.`
 * batch, `hvr.` recovery, since Vault 1.10; the legacy `s.`/`b.` prefixes are too short to tell
 * from ordinary text and are left to the generic rules). Service tokens are about 95 characters,
 * batch tokens longer; accepted 24 to 400 after the prefix.
 */
export default patternRule({
  id: 'vault-token',
  kind: 'HashiCorp Vault token',
  description: 'A HashiCorp Vault token in the current format: service (hvs.), batch (hvb.) or recovery (hvr.).',
  keywords: ['hvs.', 'hvb.', 'hvr.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>hv[sbr]\.[A-Za-z0-9_-]{24,400})(?![A-Za-z0-9_.-])/g,
  confidence: 'high',
  envVar: 'VAULT_TOKEN',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value),
});
