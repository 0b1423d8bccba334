import { patternRule } from '../rule';

export default patternRule({
  id: 'otp-secret',
  kind: "OTP / 2FA secret",
  description: "The shared secret of a TOTP/HOTP enrolment URI (otpauth://…?secret=…) or passed to a one-time-password library (ROTP::TOTP.new, pyotp.TOTP, otplib's authenticator).",
  keywords: ['otpauth://', 'totp', 'hotp', 'authenticator.'],
  pattern: /(?:otpauth:\/\/[th]otp\/[^?\s\"']{0,200}\?(?:[^\s\"'#]{0,400}?&)?secret=|(?:[th]otp(?:\.new)?|authenticator\.(?:generate|check|verify|keyuri))[ \t]*\(?[ \t]*["'])(?<secret>[A-Z2-7]{16,128})(?![A-Za-z0-9])/gi,
  confidence: 'high',
  envVar: 'OTP_SECRET',
  // Documentation spells the secret out (`BASE32SECRET`, `JBSWY3DPEHPK3PXP` is pyotp's own example).
  check: (value) => !/SECRET|BASE32|EXAMPLE|JBSWY3DPEHPK3PXP/i.test(value),
  mustMatch: [
    { text: "uri = \"otpauth://totp/Acme:alice?secret=KVQB6ASMEX7J3DFT6ODPBNRA52JYVYFU&issuer=Acme\"", secret: "KVQB6ASMEX7J3DFT6ODPBNRA52JYVYFU", languageId: 'python' },
    { text: "OTP_URI=otpauth://totp/Acme:bob?issuer=Acme&secret=DBL6MQHEBM34WOXMC7WYYY44FA3XJDIX", secret: "DBL6MQHEBM34WOXMC7WYYY44FA3XJDIX", path: '.env' },
    { text: "otp = ROTP::TOTP.new('WRKZQ5UCWRJM7MWR', issuer: 'Acme')", secret: "WRKZQ5UCWRJM7MWR", languageId: 'ruby' },
    { text: "totp = pyotp.TOTP(\"KVQB6ASMEX7J3DFT6ODPBNRA52JYVYFU\")", secret: "KVQB6ASMEX7J3DFT6ODPBNRA52JYVYFU", languageId: 'python' },
    { text: "const code = otplib.authenticator.generate('TKVJI6XUGHGQXMD3JAISD76NVE6XU7NM')", secret: "TKVJI6XUGHGQXMD3JAISD76NVE6XU7NM", languageId: 'typescript' },
  ],
  mustNotMatch: [
    { text: "uri = \"otpauth://totp/Acme:alice?secret=<BASE32_SECRET>&issuer=Acme\"", languageId: 'python' },
    { text: "uri = \"otpauth://totp/Acme:alice?secret=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx&issuer=Acme\"", languageId: 'python' },
    { text: "totp = pyotp.TOTP(user.otp_secret)", languageId: 'python' },
    { text: "otp = ROTP::TOTP.new('BASE32SECRETVALUE')", languageId: 'ruby' },
  ],
});
