import type { RuleExamples } from '../types';

/** `doppler-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'doppler_token = "dp.pt.gjj0djGAxmxQbvZenje3a1415yJOL2yL9XuoTfDx0F7"',
      secret: 'dp.pt.gjj0djGAxmxQbvZenje3a1415yJOL2yL9XuoTfDx0F7',
      languageId: 'python',
    },
    {
      text: 'DOPPLER_TOKEN=dp.pt.gjj0djGAxmxQbvZenje3a1415yJOL2yL9XuoTfDx0F7',
      secret: 'dp.pt.gjj0djGAxmxQbvZenje3a1415yJOL2yL9XuoTfDx0F7',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'doppler_token = "dp.pt.gjj0djGAxmxQbvZenje3a1415y"', languageId: 'python' },
    { text: 'doppler_token = os.environ["DOPPLER_TOKEN"]', languageId: 'python' },
    { text: 'const prefix = "dp.st.";', languageId: 'typescript' },
  ],
};

export default examples;
