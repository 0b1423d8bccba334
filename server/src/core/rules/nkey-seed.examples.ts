import type { RuleExamples } from '../types';

/** `nkey-seed`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'nkeys_seed = "SUY62DJBYH3C226FLE7XDLZF2TUQTNKXUL5GSMVS3OAVVL3TRYPTPN3PKH"',
      secret: 'SUY62DJBYH3C226FLE7XDLZF2TUQTNKXUL5GSMVS3OAVVL3TRYPTPN3PKH',
      languageId: 'python',
    },
    {
      text: 'export NKEYS_SEED=SAT7LU5E3PZTYXI2GTAM7IACOVHZ5FJUPVM4DYKFU6BR6FDYWLN5ACVDNH',
      secret: 'SAT7LU5E3PZTYXI2GTAM7IACOVHZ5FJUPVM4DYKFU6BR6FDYWLN5ACVDNH',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'nkeys_seed = "SUY62DJBYH3C226FLE7XDLZF2TUQT"', languageId: 'python' },
    { text: 'nkeys_seed = os.environ["NKEYS_SEED"]', languageId: 'python' },
  ],
};

export default examples;
