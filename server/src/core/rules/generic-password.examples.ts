import type { RuleExamples } from '../types';

/** `generic-password`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    // Declaration forms (issue 18): a C array, a literal compared on either side, .NET/NuGet configuration.
    { text: 'char password[] = "Tr0ub4dor&3xQ9";', secret: 'Tr0ub4dor&3xQ9', languageId: 'c' },
    { text: 'if ("Tr0ub4dor&3xQ9".equals(password)) {', secret: 'Tr0ub4dor&3xQ9', languageId: 'java' },
    { text: 'if (password.equals("Tr0ub4dor&3xQ9")) {', secret: 'Tr0ub4dor&3xQ9', languageId: 'java' },
    { text: 'if ("Tr0ub4dor&3xQ9" === password) {', secret: 'Tr0ub4dor&3xQ9', languageId: 'javascript' },
    { text: '    <add key="ClearTextPassword" value="Tr0ub4dor&3xQ9" />', secret: 'Tr0ub4dor&3xQ9', path: 'NuGet.Config' },
    { text: 'const password = process.env.DB_PASSWORD ?? "Tr0ub4dor&3x";', secret: 'Tr0ub4dor&3x', languageId: 'typescript' },
    { text: 'password = os.environ.get("DB_PASSWORD") or "Tr0ub4dor&3x"', secret: 'Tr0ub4dor&3x', languageId: 'python' },
    { text: 'password = Some("Xq9tvL2mw"),', secret: 'Xq9tvL2mw', languageId: 'scala' },
    { text: 'final StringCredentialValue password = new StringCredentialValue("hv1lbtnzsw");', secret: 'hv1lbtnzsw', languageId: 'java' },
    { text: 'ben.password_confirmation = "mbpd8urdz"', secret: 'mbpd8urdz', languageId: 'ruby' },
    { text: 'pw = "lkrrWwnlfw476_Odeozkqs"', secret: 'lkrrWwnlfw476_Odeozkqs', languageId: 'python' },
    { text: "password: '1S7hIroz$*1GSVL§54-!Kf9M5j&6yJ'", secret: '1S7hIroz$*1GSVL§54-!Kf9M5j&6yJ', languageId: 'typescript' },
    { text: 'docker run -e "ELASTIC_PASSWORD=tkgtokxj" elasticsearch', secret: 'tkgtokxj', languageId: 'shellscript' },
    { text: "Rubeus.exe hash /password:'Wxzpztr400*' /user:svc", secret: 'Wxzpztr400*', languageId: 'markdown' },
    { text: 'db_password = "Tr0ub4dor&3x"', secret: 'Tr0ub4dor&3x', languageId: 'python' },
    { text: '  password: s3cr3t-Passw0rd', secret: 's3cr3t-Passw0rd', languageId: 'yaml' },
    { text: 'mysql --user=root --password=R00tPass!9 app', secret: 'R00tPass!9', languageId: 'shellscript' },
    { text: 'conn.setPassword("Hunter2Hunter2");', secret: 'Hunter2Hunter2', languageId: 'java' },
    { text: '<password>Wint3rIsComing</password>', secret: 'Wint3rIsComing', languageId: 'xml' },
    { text: 'POSTGRES_PASSWORD: nzkuq', secret: 'nzkuq', path: 'docker-compose.yml' },
    { text: 'bind_pw          = nzkuq', secret: 'nzkuq', path: 'ldap-users.cf' },
    { text: "    password: 'Pr. I51femz'", secret: 'Pr. I51femz', path: 'data/static/users.yml' },
    { text: 'passphrase="ewf? lbk nh",', secret: 'ewf? lbk nh', languageId: 'python' },
    // Make's conditional and POSIX assignments, PHP's append (issue 18).
    { text: 'DB_PASSWORD ?= Tr0ub4dor&3xQ9', secret: 'Tr0ub4dor&3xQ9', path: 'Makefile' },
    { text: 'DB_PASSWORD ::= Tr0ub4dor&3xQ9', secret: 'Tr0ub4dor&3xQ9', path: 'Makefile' },
    { text: 'DB_PASSWORD :::= Tr0ub4dor&3xQ9', secret: 'Tr0ub4dor&3xQ9', path: 'Makefile' },
    { text: '$password .= "Tr0ub4dor&3xQ9";', secret: 'Tr0ub4dor&3xQ9', languageId: 'php' },
    // A user/password pair of bare values in a code file: configuration text held in a string (NATS, HOCON).
    { text: '\t\t\t\t{user: derek, password: mgfgc}', secret: 'mgfgc', languageId: 'go' },
    { text: '\t\tusers: [{username: leaf, password: fwpm}]', secret: 'fwpm', languageId: 'go' },
    // `key value` without an operator, only in the formats whose syntax it is (issue 18): netrc-like files, Redis, LDAP clients.
    { text: 'machine api.example.com login deploy password Tr0ub4dor&3xQ9', secret: 'Tr0ub4dor&3xQ9', path: '/home/u/.netrc' },
    { text: 'poll mail.example.com user jdoe password "Tr0ub4dor&3xQ9"', secret: 'Tr0ub4dor&3xQ9', path: '.fetchmailrc' },
    { text: 'requirepass Tr0ub4dor&3xQ9', secret: 'Tr0ub4dor&3xQ9', path: 'deploy/redis.conf' },
    { text: 'bindpw Tr0ub4dor&3xQ9', secret: 'Tr0ub4dor&3xQ9', path: '/etc/nslcd.conf' },
    // XML element text on the line after its tag (the line above is the context).
    {
      text: '<settings>\n  <password>\n    Tr0ub4dor&amp;3xQ9\n  </password>\n</settings>',
      secret: 'Tr0ub4dor&amp;3xQ9',
      path: 'settings.xml',
    },
  ],
  mustNotMatch: [
    // Without the bare user before it, a bare value in code is a variable: `{password: pw}`, `{password: hashed}`.
    { text: 'return {password: hashed}', languageId: 'javascript' },
    { text: 'opts := Options{Password: secretValue}', languageId: 'go' },
    { text: '{user: derek, password: getPassword()}', languageId: 'go' },
    // `key value` forms: comments, prose, files of other formats, upstreams and variables.
    { text: '# requirepass foobared', path: 'redis.conf' },
    { text: 'requirepass Tr0ub4dor&3xQ9', path: 'notes.conf' },
    { text: 'password Tr0ub4dor&3xQ9', path: 'README.md' },
    { text: 'password is required for Tr0ub4dor&3xQ9', path: 'redis.conf' },
    { text: '    proxy_pass http://backend9x:8080;', path: 'etc/nginx/conf.d/app.conf' },
    { text: '    set $password $arg_password;', path: 'etc/nginx/nginx.conf' },
    { text: 'machine api.example.com login deploy password', path: '.netrc' },
    // Element text on the next line: not under a secret's name, more than one word, or text of a non-XML file.
    { text: '<username>\n    Tr0ub4dor&3xQ9\n</username>', path: 'settings.xml' },
    { text: '<password>\n    Enter your password here\n</password>', path: 'settings.xml' },
    { text: '<password>\n    Tr0ub4dor&3xQ9\n</password>', path: 'notes.md' },
    // Declaration forms (issue 18) holding no literal secret.
    { text: 'char password[64] = "";', languageId: 'c' },
    { text: 'password[i] = "Tr0ub4dor&3xQ9"[i];', languageId: 'c' },
    { text: 'if ("".equals(password)) {', languageId: 'java' },
    { text: 'if ("undefined" === password) {', languageId: 'javascript' },
    { text: 'const label = "Password" + (password === "" ? "" : "*");', languageId: 'javascript' },
    { text: '    <add key="ClearTextPassword" value="%NUGET_PASSWORD%" />', path: 'NuGet.Config' },
    { text: '    <add key="RequirePassword" value="true" />', path: 'Web.config' },
    // A setting chosen from a short list next to a password-like key (issue 21): a map of rule ids to
    // severities, a log level, a switch.
    { text: '{ "generic-password": "hint" }', languageId: 'json' },
    { text: '    "generic-password": "warning",', path: '.vscode/settings.json' },
    { text: 'password_login: disabled', languageId: 'yaml' },
    // A table cell that lists the variables holding the passwords, not a password.
    { text: '| password | ARTHUR_API_KEY, WHYLABS_API_KEY |', path: 'README.md' },
    { text: 'DB_PASSWORD ?= $(shell cat /run/secrets/db_password)', path: 'Makefile' },
    { text: 'DB_PASSWORD ::= $(DEFAULT_DB_PASSWORD)', path: 'Makefile' },
    { text: '$password .= $suffix;', languageId: 'php' },
    { text: '$hash = Password::hash($input);', languageId: 'php' },
    { text: 'const password = process.env.DB_PASSWORD ?? "";', languageId: 'typescript' },
    { text: 'password = os.environ.get("DB_PASSWORD") or "changeme"', languageId: 'python' },
    { text: 'userPassword:2.5.13.18:=\\xx\\xx', path: 'README.md' },
    { text: 'sqlmap -u "$URL" --users --passwords --current-user --dbs', languageId: 'shellscript' },
    { text: '$secpasswd = ConvertTo-SecureString "<password>" -AsPlainText -Force', path: 'README.md' },
    {
      text: 'ECS_CONTAINER_METADATA_URI=http://169.254.170.2/v3/cb4f6285PATH=/usr/local/binHOSTNAME=ip-10-0-1-5PWD=/appM2_HOME=/usr/lib/mvnLD_LIBRARY_PATH=/usr/lib/jvm',
      path: 'README.md',
    },
    { text: '#   password_query = SELECT userid AS user, pw AS password \\', path: 'dovecot-sql.conf.ext' },
    { text: '"LABEL_PASSWORD": "Passwort",', languageId: 'json' },
    { text: 'secretsdump.py -k -no-pass second-dc-server.local -just-dc', path: 'README.md' },
    { text: 'hacker:GENERATED_PASSWORD_HERE:0:0:Hacker:/root:/bin/bash', path: 'README.md' },
    { text: 'SharpHound.exe --LdapUsername <UserName> --LdapPassword <Password> --JSONFolder <PathToFile>', path: 'README.md' },
    { text: '<Password>*SENSITIVE*DATA*DELETED*</Password>', languageId: 'xml' },
    { text: 'public static String STORE_PASSWORD = &#34;password&#34;;', languageId: 'html' },
    { text: 'DOMAIN_PASSWORD= WebLogic admin password for the new domain', path: 'README.md' },
    { text: "args.password = getpass('Password for ' + args.user)", path: 'bin/serviceConfig' },
    { text: 'initParams=audit_trail=none,remote_login_passwordfile=exclusive', path: 'rac.env' },
    { text: 'password = Some("ignored"),', languageId: 'scala' },
    { text: 'val password = Field("Password")', languageId: 'kotlin' },
    { text: "body: { password: 'x-pack-test-password', roles: ['superuser'] }", languageId: 'javascript' },
    { text: 'auth_verbose_passwords = sha1:6', languageId: 'ini' },
    { text: 'PWD=$ORACLE_HOME/pwd.txt', languageId: 'shellscript' },
    { text: 'remain = self.tc.auth_password("utf8", _pwd)', languageId: 'python' },
    { text: 'password := config.Get("postgres.password").(string)', languageId: 'markdown' },
    { text: '"LABEL_PASSWORD": "パスワードを入力してください"', languageId: 'json' },
    { text: 'ALICE_PASS: "$2a$10$UHR6GhotWhpLsKtVP0/i6.Nh9.fuY73cWjLoJjb2sKT8KISBcUW5q"', languageId: 'yaml' },
    { text: '  -W, --password               force password prompt', languageId: 'plaintext' },
    { text: "client.close(() => t.pass('Closed'))", languageId: 'javascript' },
    { text: 'const data = new PasswordCredential("test-password-value");', languageId: 'java' },
    { text: '(&(sn=administrator)(password=MYA*))', languageId: 'markdown' },
    { text: 'password = os.environ["DB_PASSWORD"]', languageId: 'python' },
    { text: 'password = "<YOUR_PASSWORD>"', languageId: 'python' },
    { text: 'password_length = 12', languageId: 'python' },
    { text: 'password: ${DB_PASSWORD}', languageId: 'yaml' },
    { text: 'if (password == null) return', languageId: 'java' },
    { text: 'passwordField: "password"', languageId: 'typescript' },
    { text: 'password = get_password()', languageId: 'python' },
    { text: 'PASSWORD=changeme', path: '.env' },
    { text: '.content("{\\"type\\":\\"password\\",\\"name\\":\\"\\"}")', languageId: 'java' },
    { text: "{'label': 'Password', 'value': 'password', 'type': 'password'},", languageId: 'javascript' },
    { text: 'password = "abc"', languageId: 'python' },
    { text: "password: 'is required'", languageId: 'yaml' },
    { text: 'password = "min 8 chars"', languageId: 'python' },
    { text: '"user", "pwd", "-ERR \'Authorization Violation\'",', languageId: 'go' },
    { text: "hashed_password = '9fK2mQ7xLp4vR8sT1wY6zB3n'", languageId: 'python' },
    // Ordinary code that names things like secrets (issue 15; the quiet corpus, arthur-engine, whylabs-oss):
    // UI labels in a conditional
    { text: 'label={evalItem.eval_results.score === 1 ? "Pass" : "Fail"}', languageId: 'typescriptreact' },
    { text: 'getOptionLabel={(option) => (option === "Ok" ? "Pass" : "Fail")}', languageId: 'typescriptreact' },
    // CloudFormation intrinsic functions
    { text: '      ContainerRepositoryPassword: !Ref ContainerRepositoryPassword', languageId: 'yaml' },
    { text: '      MasterUserPassword: !Sub "{{resolve:secretsmanager:${ArthurDBSecretArn}:SecretString:password}}"', languageId: 'yaml' },
    { text: '    AutoGeneratePostgresPassword: !And', languageId: 'yaml' },
    // lists of names
    { text: "# (expecting values for keys 'docker-server', 'docker-username', 'docker-password', 'docker-email')", languageId: 'yaml' },
    // generated-model field lists
    { text: '__properties = ["email", "password", "full_name"]', languageId: 'python' },
    { text: "@sensitive_variables('user', 'password', 'credit_card')", languageId: 'python' },
    // a JSON value followed by the next key
    { text: '{"result":"Pass","task_id":"957df309-c907-4b77-abe5-15dd00c081f8"}', languageId: 'json' },
    // CSS attribute selectors
    { text: 'input[type=text]:focus, input[type=password]:focus {', languageId: 'css' },
    // prose in comments
    { text: '# `ps` on old Unix flavors but --password suffers from the same', languageId: 'python' },
    // reading the password from stdin
    {
      text: 'aws ecr-public get-login-password --region us-east-1 | docker login --username AWS --password-stdin public.ecr.aws/q7d3h7a7',
      languageId: 'shellscript',
    },
    // enum constants
    { text: '\tRelationalDatabasePasswordVersionCurrent = "CURRENT"', languageId: 'go' },
    { text: '\tHistoryEventTypePassStateEntered = "PassStateEntered"', languageId: 'go' },
    // counting digits
    { text: "        Passwords: '1234567890123456'", languageId: 'yaml' },
    // punctuation only
    { text: 'password: "!@#$%^&*"', languageId: 'yaml' },
    // values that say they are fake
    { text: 'db_password = "dummy-pw-1234"', languageId: 'python' },
    // `test…` values in a test file (the same value elsewhere is flagged: core.test.ts)
    { text: '    password = "testpass8Xq2"', path: 'tests/test_login.py' },
    // factories taking a user name
    { text: "credentials: rds.Credentials.fromPassword('postgres', SecretValue.ssmSecure('/dbPassword', '1')),", languageId: 'typescript' },
  ],
};

export default examples;
