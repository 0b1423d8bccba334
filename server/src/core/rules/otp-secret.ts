import { patternRule } from '../rule';

export default patternRule({
  id: 'otp-secret',
  kind: "OTP / 2FA secret",
  description: "The shared secret of a TOTP/HOTP enrolment URI (otpauth://…?secret=…).",
  keywords: ['otpauth://'],
  pattern: /otpauth:\/\/[th]otp\/[^?\s\"']{0,200}\?(?:[^\s\"'#]{0,400}?&)?secret=(?<secret>[A-Z2-7]{16,128})/gi,
  confidence: 'high',
  envVar: 'OTP_SECRET',
  mustMatch: [
    { text: "uri = \"otpauth://totp/Acme:alice?secret=KVQB6ASMEX7J3DFT6ODPBNRA52JYVYFU&issuer=Acme\"", secret: "KVQB6ASMEX7J3DFT6ODPBNRA52JYVYFU", languageId: 'python' },
    { text: "OTP_URI=otpauth://totp/Acme:bob?issuer=Acme&secret=DBL6MQHEBM34WOXMC7WYYY44FA3XJDIX", secret: "DBL6MQHEBM34WOXMC7WYYY44FA3XJDIX", path: '.env' },
  ],
  mustNotMatch: [
    { text: "uri = \"otpauth://totp/Acme:alice?secret=<BASE32_SECRET>&issuer=Acme\"", languageId: 'python' },
    { text: "uri = \"otpauth://totp/Acme:alice?secret=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx&issuer=Acme\"", languageId: 'python' },
  ],
});
