import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html: long-term keys are `ABSK` + base64
 * of `BedrockAPIKey-<id>:<secret>` (so they continue `QmVkcm9ja0FQSUtleS`); short-term keys start
 * `bedrock-api-key-` and expire within hours (not flagged).
 */
export default patternRule({
  id: 'aws-bedrock-api-key',
  kind: 'Amazon Bedrock API key',
  description: 'An Amazon Bedrock long-term API key: ABSK and base64 of "BedrockAPIKey-\u2026".',
  keywords: ['absk'],
  pattern: /(?<![A-Za-z0-9+/])(?<secret>ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{40,400}={0,2})(?![A-Za-z0-9+/=])/g,
  confidence: 'high',
  envVar: 'AWS_BEARER_TOKEN_BEDROCK',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value),
});
