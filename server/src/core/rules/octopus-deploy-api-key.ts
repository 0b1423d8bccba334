import { patternRule } from '../rule';

/**
 * Format (written here from the provider's documentation, not taken from another scanner):
 * Octopus Deploy API keys (octopus.com/docs/octopus-rest-api/how-to-create-an-api-key; sent in the
 * `X-Octopus-ApiKey` header) start `API-`. The rest, observed and not stated in the docs: 26
 * upper-case letters and digits. `API-` is a common start of ids and slugs, so the rule asks for
 * exactly 26 upper-case letters and digits that hold at least two digits and five letters, and
 * refuses all-hex values (GUID-like ids).
 */
export default patternRule({
  id: 'octopus-deploy-api-key',
  kind: 'Octopus Deploy API key',
  description: 'An Octopus Deploy API key: API- and 26 upper-case letters and digits.',
  keywords: ['api-'],
  pattern: /(?<![A-Za-z0-9_./-])(?<secret>API-[A-Z0-9]{26})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'OCTOPUS_API_KEY',
  check: (value) => {
    const body = value.slice(4);
    return (body.match(/\d/g)?.length ?? 0) >= 2 && (body.match(/[A-Z]/g)?.length ?? 0) >= 5 && !/^[0-9A-F]+$/.test(body);
  },
});
