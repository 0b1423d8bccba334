import type { RuleExamples } from '../types';

/** `npmrc-auth-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: '//registry.npmjs.org/:_authToken=tanJcXcQVfyCycUK1dHW4f2x2O1GsUvQVz_q',
      secret: 'tanJcXcQVfyCycUK1dHW4f2x2O1GsUvQVz_q',
      languageId: 'properties',
    },
    {
      text: '//npm.pkg.github.com/:_authToken=T3SuSHmSZXNbBS5Q9tMF2MMpfX067khhLZCQEctS',
      secret: 'T3SuSHmSZXNbBS5Q9tMF2MMpfX067khhLZCQEctS',
      path: '.npmrc',
    },
  ],
  mustNotMatch: [{ text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}', path: '.npmrc' }],
};

export default examples;
