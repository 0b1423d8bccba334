import { patternRule } from '../rule';

/**
 * 1Password service account tokens (developer.1password.com, service accounts) are ops_ and a
 * base64 JSON payload, so they start ops_eyJ; account Secret Keys are A3- and 34 characters in
 * dashed groups of 6, 6, 5, 5, 5, 5.
 */
export default patternRule({
  id: 'onepassword-token',
  kind: "1Password service account token or Secret Key",
  description: "A 1Password service account token (ops_eyJ…) or account Secret Key (A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX).",
  keywords: ['ops_eyj', 'a3-'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>ops_eyJ[A-Za-z0-9+/=_-]{100,2000}|A3-[A-Z0-9]{6}-[A-Z0-9]{6}(?:-[A-Z0-9]{5}){4})(?![A-Za-z0-9+/=_-])/g,
  confidence: 'high',
  envVar: 'OP_SERVICE_ACCOUNT_TOKEN',
  check: (value) => /\d/.test(value),
  mustMatch: [
    { text: "export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6IjNxN1pYYTRtSmtCd2VfOFFrM2ZZUncifX0", secret: "ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiIsImFsZyI6IlBCRVMyZy1IUzI1NiIsIml0ZXJhdGlvbnMiOjY1MDAwMCwic2FsdCI6IjNxN1pYYTRtSmtCd2VfOFFrM2ZZUncifX0", languageId: 'shellscript' },
    { text: "secret_key = \"A3-K7Q2ZM-R9TXW4-5HB8C-2NVJD-6PL3F-Q8WXA\"", secret: "A3-K7Q2ZM-R9TXW4-5HB8C-2NVJD-6PL3F-Q8WXA", languageId: 'python' },
  ],
  mustNotMatch: [
    { text: "export OP_SERVICE_ACCOUNT_TOKEN=<your-service-account-token>", languageId: 'shellscript' },
    { text: "model = \"A3-ABCDEF-GHIJKL\"", languageId: 'python' },
  ],
});
