import type { RuleExamples } from '../types';

/** `arthur-client-access-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'arthur = ArthurAI(None, True, "https://app.arthur.ai", "Xk29fLw0qPz7RtY4mN8vB3cD")',
      secret: 'Xk29fLw0qPz7RtY4mN8vB3cD',
      languageId: 'python',
    },
  ],
  mustNotMatch: [
    { text: 'arthur = ArthurAI(None, True, "https://app.arthur.ai", os.environ["ARTHUR_API_KEY"])', languageId: 'python' },
    // The third argument is the URL, not the key.
    { text: 'arthur = ArthurAI(None, True, "https://app.arthur.ai/api/v3/Xk29fLw0qPz7RtY4")', languageId: 'python' },
  ],
};

export default examples;
