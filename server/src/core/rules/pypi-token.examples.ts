import type { RuleExamples } from '../types';

/** `pypi-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'pypi_token = "pypi-AgEIcHlwaS5vcmcwsgeo4BQAADGQLIglhOqdcZVY-ZbXrvUrLPE2UeYtucrrDu-_ZRZFKq4yIwYAcfVMdhwTZ"',
      secret: 'pypi-AgEIcHlwaS5vcmcwsgeo4BQAADGQLIglhOqdcZVY-ZbXrvUrLPE2UeYtucrrDu-_ZRZFKq4yIwYAcfVMdhwTZ',
      languageId: 'python',
    },
    {
      text: 'export PYPI_TOKEN=pypi-AgEIcHlwaS5vcmc26-P2VsB3qfuNiQ01tElxhfrAZhs0F4qquphGGBAGkjHPbDmYujKg9Z6Un94zSiKwa_smj',
      secret: 'pypi-AgEIcHlwaS5vcmc26-P2VsB3qfuNiQ01tElxhfrAZhs0F4qquphGGBAGkjHPbDmYujKg9Z6Un94zSiKwa_smj',
      languageId: 'shellscript',
    },
    {
      text: 'password = pypi-AgENdGVzdC5weXBpLm9yZwQNWupZy4zMQRhfEZmZtgKH8jQ5x2aQiZ6odrUlAJvABNMWj0dbPtbTW7YRogqm2-f9PrBOsJxUT-gAAK',
      secret: 'pypi-AgENdGVzdC5weXBpLm9yZwQNWupZy4zMQRhfEZmZtgKH8jQ5x2aQiZ6odrUlAJvABNMWj0dbPtbTW7YRogqm2-f9PrBOsJxUT-gAAK',
      path: '.pypirc',
    },
  ],
  mustNotMatch: [
    { text: 'pypi_token = "pypi-AgEIcHlwaS5vcmcwsgeo4BQAADGQLIglhOqdcZVY"', languageId: 'python' },
    { text: 'pypi_token = os.environ["PYPI_TOKEN"]', languageId: 'python' },
    { text: 'password = pypi-AgENdGVzdC5weXBpLm9yZw', path: '.pypirc' },
  ],
};

export default examples;
