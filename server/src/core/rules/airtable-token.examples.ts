import type { RuleExamples } from '../types';

/** `airtable-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'const base = new Airtable({ apiKey: "patgLxewvfMr7wUkz.dd08d18c82695b4e23a8e272ea527bfcc9e06602cb208674a047e80d58d4f78f" }).base("appXXXX");',
      secret: 'patgLxewvfMr7wUkz.dd08d18c82695b4e23a8e272ea527bfcc9e06602cb208674a047e80d58d4f78f',
      languageId: 'javascript',
    },
    {
      text: 'AIRTABLE_TOKEN=patgLxewvfMr7wUkz.dd08d18c82695b4e23a8e272ea527bfcc9e06602cb208674a047e80d58d4f78f',
      secret: 'patgLxewvfMr7wUkz.dd08d18c82695b4e23a8e272ea527bfcc9e06602cb208674a047e80d58d4f78f',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: '// airtable export: pathToTheFileXY.dd08d18c82695b4e.csv', languageId: 'javascript' },
    { text: 'AIRTABLE_TOKEN=patXXXXXXXXXXXXXX.XXXXXXXX', path: '.env' },
  ],
};

export default examples;
