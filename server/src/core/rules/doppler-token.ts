import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * docs.doppler.com/reference/api ("There are six types of tokens") and Doppler's token pages:
 * personal tokens start `dp.pt.`, service `dp.st.` (optionally `dp.st.<config>.`), CLI `dp.ct.`,
 * service account `dp.sa.`; the random part is 40-44 letters and digits (length from observed
 * tokens, not stated in the docs).
 */
export default patternRule({
  id: 'doppler-token',
  kind: 'Doppler token',
  description:
    'A Doppler token: personal (dp.pt.), service (dp.st.), CLI (dp.ct.), service account (dp.sa.), SCIM (dp.scim.) or audit (dp.audit.).',
  keywords: ['dp.pt.', 'dp.st.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>dp\.(?:pt|st|ct|sa|scim|audit)\.(?:[a-z0-9_-]{1,40}\.)?[A-Za-z0-9]{40,44})(?![A-Za-z0-9_.-])/g,
  confidence: 'high',
  envVar: 'DOPPLER_TOKEN',
  check: (value) => /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value),
});
