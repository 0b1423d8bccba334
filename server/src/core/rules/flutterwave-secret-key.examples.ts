import type { RuleExamples } from '../types';

/** `flutterwave-secret-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'flw_secret_key = "FLWSECK_TEST-789d3aec6856e90a9219d3d64263c233-X"',
      secret: 'FLWSECK_TEST-789d3aec6856e90a9219d3d64263c233-X',
      languageId: 'python',
    },
    {
      text: 'FLW_SECRET_KEY=FLWSECK_TEST-789d3aec6856e90a9219d3d64263c233-X',
      secret: 'FLWSECK_TEST-789d3aec6856e90a9219d3d64263c233-X',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'flw_secret_key = "FLWSECK_TEST-789d3aec6856e90a92"', languageId: 'python' },
    { text: 'flw_secret_key = os.environ["FLW_SECRET_KEY"]', languageId: 'python' },
    { text: 'public_key = "FLWPUBK_TEST-0123456789abcdef0123456789abcdef-X"', languageId: 'python' },
  ],
};

export default examples;
