import { patternRule } from '../rule';

export default patternRule({
  id: 'npmrc-auth-token',
  kind: "npm registry auth token",
  description: "A registry credential in .npmrc (:_authToken= or :_auth=).",
  keywords: ['_authtoken', '_auth'],
  pattern: /:_auth(?:Token)?[ \t]*=[ \t]*(?<secret>[A-Za-z0-9+/=._-]{16,200})/g,
  confidence: 'high',
  envVar: 'NPM_TOKEN',
  mustMatch: [
    { text: "//registry.npmjs.org/:_authToken=tanJcXcQVfyCycUK1dHW4f2x2O1GsUvQVz_q", secret: "tanJcXcQVfyCycUK1dHW4f2x2O1GsUvQVz_q", languageId: 'properties' },
    { text: "//npm.pkg.github.com/:_authToken=T3SuSHmSZXNbBS5Q9tMF2MMpfX067khhLZCQEctS", secret: "T3SuSHmSZXNbBS5Q9tMF2MMpfX067khhLZCQEctS", path: '.npmrc' },
  ],
  mustNotMatch: [
    { text: "//registry.npmjs.org/:_authToken=${NPM_TOKEN}", path: '.npmrc' },
  ],
});
