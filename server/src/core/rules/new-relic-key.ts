import { patternRule } from '../rule';

export default patternRule({
  id: 'new-relic-key',
  kind: "New Relic key",
  description: "A New Relic user or ingest key (NRAK-/NRJS-/NRII-).",
  keywords: ['nrak-', 'nrjs-', 'nrii-'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>NR(?:AK|JS|II)-[A-Za-z0-9]{19,32})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'NEW_RELIC_API_KEY',
  mustMatch: [
    { text: "new_relic_api_key = \"NRAK-8AHWHQYQD9X7PBSXE1D86E9CDZK\"", secret: "NRAK-8AHWHQYQD9X7PBSXE1D86E9CDZK", languageId: 'python' },
    { text: "export NEW_RELIC_API_KEY=NRAK-QPTM9QP9CIZ7C173OT5FGGPYD11", secret: "NRAK-QPTM9QP9CIZ7C173OT5FGGPYD11", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "new_relic_api_key = \"NRAK-8AHWHQYQD9X\"", languageId: 'python' },
    { text: "new_relic_api_key = os.environ[\"NEW_RELIC_API_KEY\"]", languageId: 'python' },
  ],
});
