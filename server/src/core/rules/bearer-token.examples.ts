import type { RuleExamples } from '../types';

/** `bearer-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: '{ "name": "Authorization", "value": "Bearer xg9rfObrgmupHYt4eCvOnp2EdCGygZirOoIDFawLU1WP" }',
      secret: 'xg9rfObrgmupHYt4eCvOnp2EdCGygZirOoIDFawLU1WP',
      languageId: 'json',
    },
    {
      text: 'curl -H "Authorization: Bearer I-oVpbR2CDjlt1BC5Gco7fcopoFShyAO9H5sLwzc" https://api.example.com',
      secret: 'I-oVpbR2CDjlt1BC5Gco7fcopoFShyAO9H5sLwzc',
      languageId: 'shellscript',
    },
    {
      text: 'headers = {"Authorization": "Bearer I-oVpbR2CDjlt1BC5Gco7fcopoFShyAO9H5sLwzc"}',
      secret: 'I-oVpbR2CDjlt1BC5Gco7fcopoFShyAO9H5sLwzc',
      languageId: 'python',
    },
    {
      text: '    Authorization:\n    - Bearer 5535c7df9f7e7b38be91bd039ba3156a295ce1e1127abd954c41942e7d868e4f',
      secret: '5535c7df9f7e7b38be91bd039ba3156a295ce1e1127abd954c41942e7d868e4f',
      path: 'spec/cassettes/login.yml',
    },
  ],
  mustNotMatch: [
    { text: 'headers["Authorization"] = "Bearer " + token', languageId: 'python' },
    { text: '"Bearer tokens are sent in the Authorization header"', languageId: 'markdown' },
    { text: 'Bearer tokens expire after one hour; refresh them with the refresh token.', languageId: 'markdown' },
    { text: '  - Bearer authentication_is_described_below', path: 'docs/auth.yml' },
    { text: 'curl -H "Authorization: Bearer $ARTHUR_API_KEY" http://localhost:3030', languageId: 'shellscript' },
    { text: 'headers: { Authorization: `Bearer ${token}` }', languageId: 'typescript' },
  ],
};

export default examples;
