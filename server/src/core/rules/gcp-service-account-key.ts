import { patternRule } from '../rule';

export default patternRule({
  id: 'gcp-service-account-key',
  kind: 'Google service account key',
  description:
    'The private key of a Google service-account JSON key file (`"private_key": "-----BEGIN PRIVATE KEY-----\\n…"`); its `private_key_id` is an id, not the secret.',
  keywords: ['"private_key"'],
  // One string holding the PKCS#8 block with `\n` escapes, as Google writes the file. Body
  // characters and `\n` cannot start `-----END`, so the match is linear.
  pattern: /"private_key"[ \t]*:[ \t]*"(?<secret>-----BEGIN PRIVATE KEY-----(?:\\n|[A-Za-z0-9+/=])+-----END PRIVATE KEY-----)(?:\\n)?"/g,
  confidence: 'high',
  envVar: 'GOOGLE_APPLICATION_CREDENTIALS',
  // A block whose body is all one character or cut short is a placeholder.
  check: (value) => {
    const body = value.slice(27, -25).replace(/\\n/g, '');
    return body.length >= 64 && !/(.)\1{15,}/.test(body);
  },
});
