import { patternRule } from '../rule';

export default patternRule({
  id: 'otp-secret',
  kind: 'OTP / 2FA secret',
  description:
    "The shared secret of a TOTP/HOTP enrolment URI (otpauth://…?secret=…) or passed to a one-time-password library (ROTP::TOTP.new, pyotp.TOTP, otplib's authenticator).",
  keywords: ['otpauth://', 'totp', 'hotp', 'authenticator.'],
  pattern:
    /(?:otpauth:\/\/[th]otp\/[^?\s"']{0,200}\?(?:[^\s"'#]{0,400}?&)?secret=|(?:[th]otp(?:\.new)?|authenticator\.(?:generate|check|verify|keyuri))[ \t]*\(?[ \t]*["'])(?<secret>[A-Z2-7]{16,128})(?![A-Za-z0-9])/gi,
  confidence: 'high',
  envVar: 'OTP_SECRET',
  // Documentation spells the secret out (`BASE32SECRET`, `JBSWY3DPEHPK3PXP` is pyotp's own example).
  check: (value) => !/SECRET|BASE32|EXAMPLE|JBSWY3DPEHPK3PXP/i.test(value),
});
