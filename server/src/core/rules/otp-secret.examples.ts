import type { RuleExamples } from '../types';

/** `otp-secret`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'uri = "otpauth://totp/Acme:alice?secret=KVQB6ASMEX7J3DFT6ODPBNRA52JYVYFU&issuer=Acme"',
      secret: 'KVQB6ASMEX7J3DFT6ODPBNRA52JYVYFU',
      languageId: 'python',
    },
    {
      text: 'OTP_URI=otpauth://totp/Acme:bob?issuer=Acme&secret=DBL6MQHEBM34WOXMC7WYYY44FA3XJDIX',
      secret: 'DBL6MQHEBM34WOXMC7WYYY44FA3XJDIX',
      path: '.env',
    },
    { text: "otp = ROTP::TOTP.new('WRKZQ5UCWRJM7MWR', issuer: 'Acme')", secret: 'WRKZQ5UCWRJM7MWR', languageId: 'ruby' },
    { text: 'totp = pyotp.TOTP("KVQB6ASMEX7J3DFT6ODPBNRA52JYVYFU")', secret: 'KVQB6ASMEX7J3DFT6ODPBNRA52JYVYFU', languageId: 'python' },
    {
      text: "const code = otplib.authenticator.generate('TKVJI6XUGHGQXMD3JAISD76NVE6XU7NM')",
      secret: 'TKVJI6XUGHGQXMD3JAISD76NVE6XU7NM',
      languageId: 'typescript',
    },
  ],
  mustNotMatch: [
    { text: 'uri = "otpauth://totp/Acme:alice?secret=<BASE32_SECRET>&issuer=Acme"', languageId: 'python' },
    { text: 'uri = "otpauth://totp/Acme:alice?secret=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx&issuer=Acme"', languageId: 'python' },
    { text: 'totp = pyotp.TOTP(user.otp_secret)', languageId: 'python' },
    { text: "otp = ROTP::TOTP.new('BASE32SECRETVALUE')", languageId: 'ruby' },
  ],
};

export default examples;
