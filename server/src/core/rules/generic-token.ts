import { nameRule } from '../rule';

export default nameRule({
  id: 'generic-token',
  kind: 'Token',
  description: "A token- or credential-like name (token, access_token, auth, credentials, bearer) assigned or passed a literal.",
  nameClass: 'token',
  mustMatch: [
    { text: "\"Apitoken\": \"{\\\"name\\\":\\\"ofga\\\",\\\"sig\\\":\\\"135b0357f35832c50bca3809bd452215\\\"}\",", secret: "135b0357f35832c50bca3809bd452215", languageId: 'json' },
    { text: "string: '{\"id\":1514029006966957156,\"tokens\":[\"0c211c9b39899d12\",\"c99efb0ad15d09db\"]}'", secret: "0c211c9b39899d12", path: 'spec/cassettes/vehicle.yml' },
    { text: "client.SetAuthToken(\"CE017400652A1A5ABD72BA98D583E54FEB970675013C2A8CED79FD52F171A95B\")", secret: "CE017400652A1A5ABD72BA98D583E54FEB970675013C2A8CED79FD52F171A95B", languageId: 'go' },
    { text: "\"text\": \"{\\\"access_token\\\":\\\"xg9rfObrgmupHYt4eCvOnp2EdCGy\\\",\\\"token_type\\\":\\\"bearer\\\"}\"", secret: "xg9rfObrgmupHYt4eCvOnp2EdCGy", languageId: 'json' },
    { text: "TOKEN+='66356b56b7a287f0cc'", secret: "66356b56b7a287f0cc", languageId: 'shellscript' },
    { text: "url = \"https://gitlab.com/api/v4/projects/1?private_token=f26e12f15ccA9x7&ref=main\"", secret: "f26e12f15ccA9x7", languageId: 'ruby' },
    { text: "access_token = \"ya29a0ARrdaM8x7Qp2Lk9vW3zT\"", secret: "ya29a0ARrdaM8x7Qp2Lk9vW3zT", languageId: 'python' },
    { text: "GITHUB_TOKEN=9b1f3c5d7e9a2b4c6d8e0f1a3b5c7d9e1f3a5b7c", secret: "9b1f3c5d7e9a2b4c6d8e0f1a3b5c7d9e1f3a5b7c", path: '.env' },
    { text: "auth_token: \"tk_9Fq2Lx7mZ3vB8nR4\"", secret: "tk_9Fq2Lx7mZ3vB8nR4", languageId: 'yaml' },
  ],
  mustNotMatch: [
    { text: "antBuilder.replace(file: \"rcu.rsp\", token: \"%DB.USER%\", value: dbUser)", languageId: 'groovy' },
    { text: "echo \"Server Credential:\tUsername: $ADMIN_USERNAME\tPassword: $ADMIN_PASSWORD\"", languageId: 'shellscript' },
    { text: "tokens = [\"(\", \")\", \"if\", \"else\"]", languageId: 'python' },
    { text: "\"Apitoken\": \"{\\\"name\\\":\\\"ofga\\\",\\\"sig\\\":\\\"<signature>\\\"}\",", languageId: 'json' },
    { text: "const token = new Token(\"access_token\");", languageId: 'typescript' },
    { text: "<component name=\"Microsoft-Windows-Shell-Setup\" publicKeyToken=\"31bf3856ad364e35\" language=\"neutral\">", languageId: 'xml' },
    { text: "@agent.options['code'] = \"credential:code-foo\\n\\n\"", languageId: 'ruby' },
    { text: "token_url = \"https://auth.example.com/token\"", languageId: 'python' },
    { text: "csrf_token = \"abc\"", languageId: 'python' },
    { text: "tokens = tokenizer(text)", languageId: 'python' },
    { text: "token = request.headers.get(\"Authorization\")", languageId: 'python' },
    { text: "author = \"Jane Doe\"", languageId: 'python' },
  ],
});
