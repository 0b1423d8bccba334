import type { RuleExamples } from '../types';

/** `clojars-deploy-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'clojars_password = "CLOJARS_148351d06fbbe18163c56b9c09c09ba3b292ac6814eecaa2bace8e92d656"',
      secret: 'CLOJARS_148351d06fbbe18163c56b9c09c09ba3b292ac6814eecaa2bace8e92d656',
      languageId: 'python',
    },
    {
      text: 'CLOJARS_PASSWORD=CLOJARS_148351d06fbbe18163c56b9c09c09ba3b292ac6814eecaa2bace8e92d656',
      secret: 'CLOJARS_148351d06fbbe18163c56b9c09c09ba3b292ac6814eecaa2bace8e92d656',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'clojars_password = "CLOJARS_148351d06fbbe18163c56b9c09c09ba3b292a"', languageId: 'python' },
    { text: 'clojars_password = os.environ["CLOJARS_PASSWORD"]', languageId: 'python' },
    { text: '(System/getenv "CLOJARS_PASSWORD")', languageId: 'clojure' },
  ],
};

export default examples;
