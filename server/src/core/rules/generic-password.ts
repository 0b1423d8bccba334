import { nameRule } from '../rule';

export default nameRule({
  id: 'generic-password',
  kind: 'Password',
  description: 'A password-like name (password, passwd, pwd, pass, passphrase) assigned or passed a literal.',
  nameClass: 'password',
});
