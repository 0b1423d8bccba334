import { patternRule } from '../rule';

export default patternRule({
  id: 'pypi-token',
  kind: "PyPI token",
  description: "A PyPI API token (pypi-AgEIcHlwaS5vcmc…).",
  keywords: ['pypi-ageichlwas5vcmc'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'PYPI_TOKEN',
  mustMatch: [
    { text: "pypi_token = \"pypi-AgEIcHlwaS5vcmcwsgeo4BQAADGQLIglhOqdcZVY-ZbXrvUrLPE2UeYtucrrDu-_ZRZFKq4yIwYAcfVMdhwTZ\"", secret: "pypi-AgEIcHlwaS5vcmcwsgeo4BQAADGQLIglhOqdcZVY-ZbXrvUrLPE2UeYtucrrDu-_ZRZFKq4yIwYAcfVMdhwTZ", languageId: 'python' },
    { text: "export PYPI_TOKEN=pypi-AgEIcHlwaS5vcmc26-P2VsB3qfuNiQ01tElxhfrAZhs0F4qquphGGBAGkjHPbDmYujKg9Z6Un94zSiKwa_smj", secret: "pypi-AgEIcHlwaS5vcmc26-P2VsB3qfuNiQ01tElxhfrAZhs0F4qquphGGBAGkjHPbDmYujKg9Z6Un94zSiKwa_smj", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "pypi_token = \"pypi-AgEIcHlwaS5vcmcwsgeo4BQAADGQLIglhOqdcZVY\"", languageId: 'python' },
    { text: "pypi_token = os.environ[\"PYPI_TOKEN\"]", languageId: 'python' },
  ],
});
