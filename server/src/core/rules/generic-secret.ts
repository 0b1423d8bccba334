import { nameRule } from '../rule';

export default nameRule({
  id: 'generic-secret',
  kind: 'Secret',
  description: 'A secret-like name (secret, client_secret, private key, signing key) assigned or passed a literal.',
  nameClass: 'secret',
});
