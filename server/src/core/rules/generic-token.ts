import { nameRule } from '../rule';

export default nameRule({
  id: 'generic-token',
  kind: 'Token',
  description: 'A token- or credential-like name (token, access_token, auth, credentials, bearer) assigned or passed a literal.',
  nameClass: 'token',
});
