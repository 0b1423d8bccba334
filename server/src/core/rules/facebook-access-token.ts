import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * Meta's access tokens (developers.facebook.com/docs/facebook-login/guides/access-tokens: user,
 * Page and system user tokens, "an opaque string") are, in the tokens its Graph API Explorer and
 * docs show, `EAA`, one more letter (the token kind) and well over 100 letters and digits. The
 * format is not stated, so the rule is narrow: EAA + at least 100 letters and digits with digits
 * and both cases, standing alone (not inside base64, which has + and /). `EAA` itself is no
 * keyword: source maps repeat it thousands of times a line (`AAAA,EAAE,EAAG`), which would use up
 * the per-line keyword budget and hide other rules' findings there. The rule runs on lines that
 * name Facebook, Meta's Graph API or its products, or an access/page token.
 */
export default patternRule({
  id: 'facebook-access-token',
  kind: 'Facebook (Meta) access token',
  description:
    'A Facebook (Meta) Graph API access token: EAA and over 100 letters and digits, on a line that names Facebook, the Graph API or an access token.',
  keywords: [
    'facebook',
    'graph.',
    'instagram',
    'whatsapp',
    'fb_',
    'access_token',
    'accesstoken',
    'access-token',
    'page_token',
    'pagetoken',
  ],
  pattern: /(?<![A-Za-z0-9_+/-])(?<secret>EAA[A-Za-z0-9]{100,400})(?![A-Za-z0-9_+/=-])/g,
  confidence: 'high',
  envVar: 'FACEBOOK_ACCESS_TOKEN',
  check: (value) => {
    const body = value.slice(4);
    return (body.match(/\d/g)?.length ?? 0) >= 5 && /[a-z]/.test(body) && /[A-Z]/.test(body) && !/(.)\1{5,}/.test(body);
  },
});
