import type { RuleExamples } from '../types';

/** `generic-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    // Typed declarations (issue 18): Go, Rust.
    { text: 'var apiToken string = "q8Xv2LmN4pRt7WzK9bYc"', secret: 'q8Xv2LmN4pRt7WzK9bYc', languageId: 'go' },
    { text: 'let token: &str = "q8Xv2LmN4pRt7WzK9bYc";', secret: 'q8Xv2LmN4pRt7WzK9bYc', languageId: 'rust' },
    { text: 'let token: &\'static str = "q8Xv2LmN4pRt7WzK9bYc";', secret: 'q8Xv2LmN4pRt7WzK9bYc', languageId: 'rust' },
    { text: 'let token: String = String::from("q8Xv2LmN4pRt7WzK9bYc");', secret: 'q8Xv2LmN4pRt7WzK9bYc', languageId: 'rust' },
    {
      text: '"Apitoken": "{\\"name\\":\\"ofga\\",\\"sig\\":\\"135b0357f35832c50bca3809bd452215\\"}",',
      secret: '135b0357f35832c50bca3809bd452215',
      languageId: 'json',
    },
    {
      text: 'string: \'{"id":1514029006966957156,"tokens":["0c211c9b39899d12","c99efb0ad15d09db"]}\'',
      secret: '0c211c9b39899d12',
      path: 'spec/cassettes/vehicle.yml',
    },
    {
      text: 'client.SetAuthToken("CE017400652A1A5ABD72BA98D583E54FEB970675013C2A8CED79FD52F171A95B")',
      secret: 'CE017400652A1A5ABD72BA98D583E54FEB970675013C2A8CED79FD52F171A95B',
      languageId: 'go',
    },
    {
      text: '"text": "{\\"access_token\\":\\"xg9rfObrgmupHYt4eCvOnp2EdCGy\\",\\"token_type\\":\\"bearer\\"}"',
      secret: 'xg9rfObrgmupHYt4eCvOnp2EdCGy',
      languageId: 'json',
    },
    { text: "TOKEN+='66356b56b7a287f0cc'", secret: '66356b56b7a287f0cc', languageId: 'shellscript' },
    {
      text: 'url = "https://gitlab.com/api/v4/projects/1?private_token=f26e12f15ccA9x7&ref=main"',
      secret: 'f26e12f15ccA9x7',
      languageId: 'ruby',
    },
    { text: 'access_token = "ya29a0ARrdaM8x7Qp2Lk9vW3zT"', secret: 'ya29a0ARrdaM8x7Qp2Lk9vW3zT', languageId: 'python' },
    { text: 'GITHUB_TOKEN=9b1f3c5d7e9a2b4c6d8e0f1a3b5c7d9e1f3a5b7c', secret: '9b1f3c5d7e9a2b4c6d8e0f1a3b5c7d9e1f3a5b7c', path: '.env' },
    { text: 'auth_token: "tk_9Fq2Lx7mZ3vB8nR4"', secret: 'tk_9Fq2Lx7mZ3vB8nR4', languageId: 'yaml' },
    {
      text: '"Postman-Token": "3fac0194-793d-97d7-9871-e32ff3229eef",',
      secret: '3fac0194-793d-97d7-9871-e32ff3229eef',
      languageId: 'json',
    },
    { text: 'codecov_token: e008bf89-0fd5-38c0-5285-b585bd674cc8', secret: 'e008bf89-0fd5-38c0-5285-b585bd674cc8', languageId: 'yaml' },
    { text: '"oauth_verifier": "wuyfu6802ZLADEBmco1614xte"', secret: 'wuyfu6802ZLADEBmco1614xte', languageId: 'json' },
    { text: "authorization: 'ApiKey Pm8cLjHrws=='", secret: 'Pm8cLjHrws==', languageId: 'javascript' },
    {
      text: "headers: 'Authorization: NTLM TlRMTVNTUAADAAAAGAAYAHIAAAAYABgAigAAABQAFABAAAAADAAMAFQAAAASABIAYAAAAiAAAAYIAAAUBKAoAAAAP',",
      secret: 'TlRMTVNTUAADAAAAGAAYAHIAAAAYABgAigAAABQAFABAAAAADAAMAFQAAAASABIAYAAAAiAAAAYIAAAUBKAoAAAAP',
      languageId: 'javascript',
    },
    {
      text: '      - tesla-auth.sid=p%3AkYgwgyyd0QHMpXDzNsK7ih7Yrt-UBP92.W4PTklPGXUnacwlbocaOF2dYzj89aESbse74gIg2aiX; Path=/; HttpOnly',
      secret: 'p%3AkYgwgyyd0QHMpXDzNsK7ih7Yrt-UBP92.W4PTklPGXUnacwlbocaOF2dYzj89aESbse74gIg2aiX',
      path: 'spec/cassettes/login.yml',
    },
    { text: '{Type: challenge.TLSALPN01.String(), Token: "gzsmuzo6"},', secret: 'gzsmuzo6', languageId: 'go' },
    // Nonces are short by design (OAuth 1.0a: 8 to 16 characters), unlike other weak names.
    { text: "  oauth_nonce: '5d5e7a9f',", secret: '5d5e7a9f', languageId: 'javascript' },
    { text: '"nonce": "E8lYlrIAqeY",', secret: 'E8lYlrIAqeY', languageId: 'json' },
  ],
  mustNotMatch: [
    // A short nonce must still look random: a word, a repeated or counting value is not one.
    { text: "nonce: 'abcdefgh'", languageId: 'javascript' },
    { text: '"nonce": "12345678",', languageId: 'json' },
    { text: "const nonce = 'nonce-value'", languageId: 'javascript' },
    // Other weak names keep the 16-character floor: a salt of 8 is not flagged.
    { text: "salt: 'a9f3c2e7'", languageId: 'javascript' },
    // Typed declarations (issue 18) holding no literal.
    { text: 'var apiToken string = os.Getenv("API_TOKEN")', languageId: 'go' },
    { text: 'var tokenCount int = 0', languageId: 'go' },
    { text: 'apiToken string `json:"api_token"`', languageId: 'go' },
    { text: 'let token: &str = &args[1];', languageId: 'rust' },
    { text: 'let token: String = String::from("");', languageId: 'rust' },
    { text: '"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",', languageId: 'json' },
    {
      text: '| `grant_type` | String, required | `urn:ietf:params:oauth:grant-type:jwt-bearer` | The type of OAuth grant |',
      path: 'README.md',
    },
    { text: "url_with_creds = 'https://user@mycompany.com/myapp.php?foo=1&bar=2'", languageId: 'ruby' },
    { text: '#auth_username_chars = abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01234567890.-_@', path: '10-auth.conf' },
    {
      text: 'tests: \'var newNonce = data.form.oauth_nonce;console.log("oldNonce: "+oldNonce+", newNonce="+newNonce);console.log("done");\'',
      languageId: 'javascript',
    },
    { text: '.\\ADRecon.ps1 -DomainController MYAD.net -Credential MYAD\\myuser', path: 'README.md' },
    { text: 'private const val AUTH_SERVER = "https://example.com:1234/foo/bar"', languageId: 'kotlin' },
    { text: 'antBuilder.replace(file: "rcu.rsp", token: "%DB.USER%", value: dbUser)', languageId: 'groovy' },
    { text: 'echo "Server Credential:\tUsername: $ADMIN_USERNAME\tPassword: $ADMIN_PASSWORD"', languageId: 'shellscript' },
    { text: 'tokens = ["(", ")", "if", "else"]', languageId: 'python' },
    { text: '"Apitoken": "{\\"name\\":\\"ofga\\",\\"sig\\":\\"<signature>\\"}",', languageId: 'json' },
    { text: 'const token = new Token("access_token");', languageId: 'typescript' },
    { text: '<component name="Microsoft-Windows-Shell-Setup" publicKeyToken="31bf3856ad364e35" language="neutral">', languageId: 'xml' },
    { text: '@agent.options[\'code\'] = "credential:code-foo\\n\\n"', languageId: 'ruby' },
    { text: 'token_url = "https://auth.example.com/token"', languageId: 'python' },
    { text: 'csrf_token = "abc"', languageId: 'python' },
    { text: 'tokens = tokenizer(text)', languageId: 'python' },
    { text: 'token = request.headers.get("Authorization")', languageId: 'python' },
    { text: 'author = "Jane Doe"', languageId: 'python' },
    { text: 'request_id: 3fac0194-793d-97d7-9871-e32ff3229eef', languageId: 'yaml' },
    { text: '"org_id": "6e826d02-eacc-9519-d7ca-e93cd6c8203e",', languageId: 'json' },
    { text: 'client_id: "6e826d02-eacc-9519-d7ca-e93cd6c8203e",', languageId: 'javascript' },
    { text: 'export AWS_SESSION_TOKEN=FQoGZXIvYXdzE[...]8aOK4QU=', path: 'README.md' },
    { text: "authorization: 'Bearer ' + token", languageId: 'javascript' },
    { text: "const authorization_url = 'https://auth.example.com/oauth/authorize'", languageId: 'javascript' },
    { text: "authorization: 'required'", languageId: 'javascript' },
    { text: 'Token: "abababab",', languageId: 'go' },
    // Ordinary code that names things like secrets (issue 15; the quiet corpus, arthur-engine, whylabs-oss):
    // git commit ids
    { text: 'export PG_AUTH_MON_COMMIT=439697fe2980cf48f1760f45e04c2d69b2748e73', languageId: 'shellscript' },
    // tokenizer names
    { text: 'TIKTOKEN_ENCODER = "cl100k_base"', languageId: 'python' },
    { text: 'tokenizer.bos_token = "<|begin_of_text|>"', languageId: 'python' },
    // pagination, idempotency and change tokens (AWS API examples)
    { text: '"ChangeToken": "abcd12f2-46da-4fdb-b8d5-fbd4c466928f",', languageId: 'json' },
    { text: '"NextContinuationToken": "1w41l63U0xa8q7smH50vCxyTQqdxo69O3EmK28Bi5PcROI4wI/EyIJg==",', languageId: 'json' },
    { text: '"retrievalToken": "eyJ0cmFjZUlkIjoidGVzdCIsImludGVydmFsIjoiMTY4MDEyMzg3In0="', languageId: 'json' },
    { text: '"output_token": "StreamDescription.Shards[-1].ShardId",', languageId: 'json' },
    // publicToken and csrf names
    { text: 'publicToken: "pt_8f3a9c2e1b7d4f60a5c3"', languageId: 'typescript' },
    { text: 'csrfSecret = "Zq8vXw2mN4pL7rT9Kx7p"', languageId: 'javascript' },
    // base64 of prose ("this is not a real value")
    { text: 'ExpectedAccessToken:  "dGhpcyBpcyBub3QgYSByZWFsIHZhbHVl",', languageId: 'go' },
    // paths of words
    { text: 'expectedCred := "AKID/19700101/mock-region/s3/aws4_request"', languageId: 'go' },
    // enum constants that spell their name
    { text: 'FindingTypeSensitiveDataS3objectCredentials = "SensitiveData:S3Object/Credentials"', languageId: 'go' },
    // tuples of names (Django migrations)
    { text: "    ('auth', '0002_alter_permission_name_max_length'),", languageId: 'python' },
    // a signature left as xxx
    { text: '    sas_token="?sv=2021-01-01&sig=xxx",', languageId: 'python' },
    // format strings
    { text: 'c_token != "relationship:%s" % (_WILDCARD_TOKEN,)', languageId: 'python' },
  ],
};

export default examples;
