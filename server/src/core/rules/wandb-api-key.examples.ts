import type { RuleExamples } from '../types';

/** `wandb-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'wandb.login(key="1ebef3bded35459047217f453446aa70198755cd")',
      secret: '1ebef3bded35459047217f453446aa70198755cd',
      languageId: 'python',
    },
    {
      text: 'export WANDB_API_KEY=50511e463d9fe72895dbfab945785902f9b9e860',
      secret: '50511e463d9fe72895dbfab945785902f9b9e860',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'wandb.login(key="1ebef3bded3545904721")', languageId: 'python' },
    { text: 'wandb.login(key=os.environ["WANDB_API_KEY"])', languageId: 'python' },
  ],
};

export default examples;
