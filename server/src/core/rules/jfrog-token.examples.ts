import type { RuleExamples } from '../types';

/** `jfrog-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'curl -H "X-JFrog-Art-Api: AKCpdHMTYwGdNDsZSsT6NamQO3HK4nbkt1pmAe1J3lbDIOpDfVS1FEnmWCuOqBtimy1OvV7SR" https://acme.jfrog.io/artifactory/api/repositories',
      secret: 'AKCpdHMTYwGdNDsZSsT6NamQO3HK4nbkt1pmAe1J3lbDIOpDfVS1FEnmWCuOqBtimy1OvV7SR',
      languageId: 'shellscript',
    },
    {
      text: 'JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOjJIq5xncQPVeN76jzefF9qw9nEe4e3xjvvaBwmc7sn0p8lNjw0O',
      secret: 'cmVmdGtuOjAxOjJIq5xncQPVeN76jzefF9qw9nEe4e3xjvvaBwmc7sn0p8lNjw0O',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'JFROG_API_KEY=AKCpXXXXXXXX', path: '.env' },
    { text: 'x = "cmVmdGtuaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"', languageId: 'python' },
  ],
};

export default examples;
