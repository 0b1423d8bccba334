import { nameRule } from '../rule';

export default nameRule({
  id: 'generic-password',
  kind: 'Password',
  description: "A password-like name (password, passwd, pwd, pass, passphrase) assigned or passed a literal.",
  nameClass: 'password',
  mustMatch: [
    { text: "docker run -e \"ELASTIC_PASSWORD=tkgtokxj\" elasticsearch", secret: "tkgtokxj", languageId: 'shellscript' },
    { text: "Rubeus.exe hash /password:'Wxzpztr400*' /user:svc", secret: "Wxzpztr400*", languageId: 'markdown' },
    { text: "db_password = \"Tr0ub4dor&3x\"", secret: "Tr0ub4dor&3x", languageId: 'python' },
    { text: "  password: s3cr3t-Passw0rd", secret: "s3cr3t-Passw0rd", languageId: 'yaml' },
    { text: "mysql --user=root --password=R00tPass!9 app", secret: "R00tPass!9", languageId: 'shellscript' },
    { text: "conn.setPassword(\"Hunter2Hunter2\");", secret: "Hunter2Hunter2", languageId: 'java' },
    { text: "<password>Wint3rIsComing</password>", secret: "Wint3rIsComing", languageId: 'xml' },
  ],
  mustNotMatch: [
    { text: "\"LABEL_PASSWORD\": \"パスワードを入力してください\"", languageId: 'json' },
    { text: "ALICE_PASS: \"$2a$10$UHR6GhotWhpLsKtVP0/i6.Nh9.fuY73cWjLoJjb2sKT8KISBcUW5q\"", languageId: 'yaml' },
    { text: "  -W, --password               force password prompt", languageId: 'plaintext' },
    { text: "client.close(() => t.pass('Closed'))", languageId: 'javascript' },
    { text: "const data = new PasswordCredential(\"test-password-value\");", languageId: 'java' },
    { text: "(&(sn=administrator)(password=MYA*))", languageId: 'markdown' },
    { text: "password = os.environ[\"DB_PASSWORD\"]", languageId: 'python' },
    { text: "password = \"<YOUR_PASSWORD>\"", languageId: 'python' },
    { text: "password_length = 12", languageId: 'python' },
    { text: "password: ${DB_PASSWORD}", languageId: 'yaml' },
    { text: "if (password == null) return", languageId: 'java' },
    { text: "passwordField: \"password\"", languageId: 'typescript' },
    { text: "password = get_password()", languageId: 'python' },
    { text: "PASSWORD=changeme", path: '.env' },
  ],
});
