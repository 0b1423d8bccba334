import { patternRule } from '../rule';

export default patternRule({
  id: 'databricks-token',
  kind: 'Databricks token',
  description: 'A Databricks personal access token (dapi…).',
  keywords: ['dapi'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>dapi[a-f0-9]{32}(?:-\d)?)(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'DATABRICKS_TOKEN',
});
