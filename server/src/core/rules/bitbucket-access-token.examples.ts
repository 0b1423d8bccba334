import type { RuleExamples } from '../types';

const TOKEN =
  'ATCTT3xFfGN0Yonqpn3kdwPGfSh8xbTMjYc9lziz4GEmO6jwqomXUDiJhlL_kX-VLlrH9jAg49GrlxG5AR4Mlky4P1cL98m98C7ZEiHW_eTIY2d_dIpN0s8kU5YZKOIDY6e4jIT2_GnzeNlt2tBJgjf_ab_cnGRF8DnCuavVIZG0m3bJZ_u1_F=51654612';

/** `bitbucket-access-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    { text: `BITBUCKET_ACCESS_TOKEN=${TOKEN}`, secret: TOKEN, path: '.env' },
    {
      text: `git clone https://x-token-auth:${TOKEN}@bitbucket.org/acme/app.git`,
      secret: TOKEN,
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'const prefix = "ATCTT3xFfGN0";', languageId: 'typescript' },
    // Cut short: no checksum at the end.
    { text: `BITBUCKET_ACCESS_TOKEN=${TOKEN.slice(0, 120)}`, path: '.env' },
  ],
};

export default examples;
