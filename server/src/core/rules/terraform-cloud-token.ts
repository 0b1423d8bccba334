import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens: user, team
 * and organization tokens have the form `<14 characters>.atlasv1.<random>`.
 */
export default patternRule({
  id: 'terraform-cloud-token',
  kind: 'HCP Terraform token',
  description: 'An HCP Terraform (Terraform Cloud/Enterprise) API token: 14 characters, .atlasv1., and a random tail.',
  keywords: ['atlasv1'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{60,70})(?![A-Za-z0-9_.-])/g,
  confidence: 'high',
  envVar: 'TF_TOKEN_app_terraform_io',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value),
});
