import { patternRule } from '../rule';

export default patternRule({
  id: 'nkey-seed',
  kind: "NATS nkey seed",
  description: "A NATS nkey seed (private key): S + type + 56 base32 characters.",
  keywords: [],
  pattern: /(?<![A-Z0-9])(?<secret>S[UAONCX][A-Z2-7]{56})(?![A-Z0-9])/g,
  confidence: 'high',
  envVar: 'NKEYS_SEED',
  mustMatch: [
    { text: "nkeys_seed = \"SUY62DJBYH3C226FLE7XDLZF2TUQTNKXUL5GSMVS3OAVVL3TRYPTPN3PKH\"", secret: "SUY62DJBYH3C226FLE7XDLZF2TUQTNKXUL5GSMVS3OAVVL3TRYPTPN3PKH", languageId: 'python' },
    { text: "export NKEYS_SEED=SAT7LU5E3PZTYXI2GTAM7IACOVHZ5FJUPVM4DYKFU6BR6FDYWLN5ACVDNH", secret: "SAT7LU5E3PZTYXI2GTAM7IACOVHZ5FJUPVM4DYKFU6BR6FDYWLN5ACVDNH", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "nkeys_seed = \"SUY62DJBYH3C226FLE7XDLZF2TUQT\"", languageId: 'python' },
    { text: "nkeys_seed = os.environ[\"NKEYS_SEED\"]", languageId: 'python' },
  ],
});
