import type { RuleExamples } from '../types';

/** `basic-auth-header`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    { text: 'if auth != "Basic a3p2dGg6c3ljZnJx" {', secret: 'a3p2dGg6c3ljZnJx', languageId: 'go' },
    {
      text: 'curl -H "Authorization: Basic YWRtaW46WHpZM2VYd1lEOWJHNTZUbw==" https://example.com',
      secret: 'YWRtaW46WHpZM2VYd1lEOWJHNTZUbw==',
      languageId: 'shellscript',
    },
    { text: 'Authorization: Basic YWRtaW46WHpZM2VYd1lEOWJHNTZUbw==', secret: 'YWRtaW46WHpZM2VYd1lEOWJHNTZUbw==', path: 'request.http' },
  ],
  mustNotMatch: [
    { text: 'Authorization: Basic <credentials>', path: 'README.md' },
    { text: 'headers["Authorization"] = "Basic " + encoded', languageId: 'python' },
  ],
};

export default examples;
