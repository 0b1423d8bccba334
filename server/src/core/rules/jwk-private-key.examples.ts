import type { RuleExamples } from '../types';

/** `jwk-private-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: '{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","d":"jpsQnnGQmL-YBIffH1136cLSHSGNF9Fs0RrnZmCxRTs"}',
      secret: 'jpsQnnGQmL-YBIffH1136cLSHSGNF9Fs0RrnZmCxRTs',
      path: 'keys/jwk.json',
    },
    {
      text: "  d: 'KnI44fYwA5XFaBsQziVvUXJBoQC4RaMGzEbEZiBS4iS',",
      secret: 'KnI44fYwA5XFaBsQziVvUXJBoQC4RaMGzEbEZiBS4iS',
      languageId: 'javascript',
    },
    {
      text: "  k: 'RqPn0NSAqsq3T0lfcCqkPewMEvcfdW_nd44tt7VJxjD',",
      secret: 'RqPn0NSAqsq3T0lfcCqkPewMEvcfdW_nd44tt7VJxjD',
      languageId: 'javascript',
    },
  ],
  mustNotMatch: [
    {
      text: '{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}',
      path: 'keys/public.json',
    },
    { text: '<path d="M10 20 L30 40 Z" />', languageId: 'html' },
    { text: "  id: 'KnI44fYwA5XFaBsQziVvUXJBoQC4RaMGzEbEZiBS4iS',", languageId: 'javascript' },
    { text: "  d: 'abcdefghijklmnopqrstuvwxyzabcdefghijkl',", languageId: 'javascript' },
  ],
};

export default examples;
