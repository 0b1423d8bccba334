import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * SettleMint's SDK reference (github.com/settlemint/sdk, sdk/utils README, "AccessToken":
 * "Accepts tokens starting with either 'sm_pat_' or 'sm_aat_' prefix"; personal and application
 * access tokens, console.settlemint.com/documentation "Personal access tokens") and its CLI's
 * masking of service account tokens (`sm_sat_`). The random part is not described there: 16
 * letters and digits in the tokens seen; accepted 16-64.
 */
export default patternRule({
  id: 'settlemint-token',
  kind: 'SettleMint access token',
  description: 'A SettleMint personal (sm_pat_), application (sm_aat_) or service account (sm_sat_) access token.',
  keywords: ['sm_pat_', 'sm_aat_', 'sm_sat_'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sm_(?:pat|aat|sat)_[A-Za-z0-9]{16,64})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'SETTLEMINT_ACCESS_TOKEN',
  check: (value) => {
    const body = value.slice(7);
    return [/\d/, /[a-z]/, /[A-Z]/].filter((c) => c.test(body)).length >= 2 && !/^[a-z]+\d*$/.test(body);
  },
});
