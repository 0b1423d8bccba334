import { patternRule } from '../rule';

export default patternRule({
  id: 'databricks-token',
  kind: "Databricks token",
  description: "A Databricks personal access token (dapi…).",
  keywords: ['dapi'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>dapi[a-f0-9]{32}(?:-\d)?)(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'DATABRICKS_TOKEN',
  mustMatch: [
    { text: "databricks_token = \"dapi9fb3b6eb67e7d2939b5a32a792c3db66\"", secret: "dapi9fb3b6eb67e7d2939b5a32a792c3db66", languageId: 'python' },
    { text: "export DATABRICKS_TOKEN=dapi015fb8756f2f8c50f3b21c93fc2b43b2-2", secret: "dapi015fb8756f2f8c50f3b21c93fc2b43b2-2", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "databricks_token = \"dapi9fb3b6eb67e7d2\"", languageId: 'python' },
    { text: "databricks_token = os.environ[\"DATABRICKS_TOKEN\"]", languageId: 'python' },
  ],
});
