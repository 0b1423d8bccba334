import { patternRule } from '../rule';

/**
 * Yandex Cloud API keys (yandex.cloud/en/docs/iam/concepts/authorization/api-key: a service
 * account's secret key, sent as `Authorization: Api-Key <API key>`). The docs do not give the
 * format; the keys seen in public code are 40 characters, `AQVN` and 36 base64url characters.
 * Written here from those observations, not taken from another scanner. (The static access keys,
 * `YC` + 38, are documented but too plain a prefix to find without a name; the generic rules cover
 * them by name.)
 */
export default patternRule({
  id: 'yandex-cloud-api-key',
  kind: 'Yandex Cloud API key',
  description: 'A Yandex Cloud service account API key: AQVN and 36 base64url characters.',
  keywords: ['aqvn'],
  pattern: /(?<![A-Za-z0-9_+/-])(?<secret>AQVN[A-Za-z0-9_-]{36})(?![A-Za-z0-9_+/=-])/g,
  confidence: 'high',
  envVar: 'YC_API_KEY',
  check: (value) => {
    const body = value.slice(4);
    return /\d/.test(body) && /[a-z]/.test(body) && /[A-Z]/.test(body);
  },
});
