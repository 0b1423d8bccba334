import type { RuleExamples } from '../types';

/** `bitbucket-app-password`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'BITBUCKET_APP_PASSWORD=ATBBWut87sJYKxruqQzo1feTsQWz749F2F9A',
      secret: 'ATBBWut87sJYKxruqQzo1feTsQWz749F2F9A',
      path: '.env',
    },
    {
      text: 'auth = HTTPBasicAuth("jdoe", "ATBBWut87sJYKxruqQzo1feTsQWz749F2F9A")',
      secret: 'ATBBWut87sJYKxruqQzo1feTsQWz749F2F9A',
      languageId: 'python',
    },
  ],
  mustNotMatch: [
    // Microcontroller port registers and names that start with ATBB.
    { text: 'LATBbits.LATB5 = 1;', languageId: 'c' },
    { text: 'if (scene.name.IndexOf("ATBBattle", StringComparison.OrdinalIgnoreCase) < 0) return;', languageId: 'csharp' },
    { text: 'export BITBUCKET_APP_PASSWORD="ATBBxxxxxxxxxxxxxxxxxx"', languageId: 'shellscript' },
    // The right length but no checksum at the end.
    { text: 'BITBUCKET_APP_PASSWORD=ATBBWut87sJYKxruqQzo1feTsQWz749Fzzzz', path: '.env' },
    // The shape of a key but not its randomness (no digits, one letter case, hex only).
    { text: 'BITBUCKET_APP_PASSWORD=ATBBabcdefghijklmnopqrstuvwx749F2F9A', path: '.env' },
  ],
};

export default examples;
