import { patternRule } from '../rule';

// PyPI tokens are macaroons whose base64 starts with their location: \x02\x01\x08 "pypi.org" →
// AgEIcHlwaS5vcmc; TestPyPI's \x02\x01\x0d "test.pypi.org" → AgENdGVzdC5weXBpLm9yZw (PyPI help, API tokens).

export default patternRule({
  id: 'pypi-token',
  kind: 'PyPI token',
  description: 'A PyPI or TestPyPI API token (pypi-AgEIcHlwaS5vcmc… for pypi.org, pypi-AgENdGVzdC5weXBpLm9yZw… for test.pypi.org).',
  keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,300})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'PYPI_TOKEN',
});
