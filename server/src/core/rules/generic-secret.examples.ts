import type { RuleExamples } from '../types';

/** `generic-secret`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    // BIND's TSIG key and nginx's header setter: `name value;` without an operator (issue 18).
    {
      text: 'key "xfer" {\n    algorithm hmac-sha256;\n    secret "q8Xv2LmN4pRt7WzK9bYc3dE5fG7hJ9kL1mN3pQ5rS7t=";\n};',
      secret: 'q8Xv2LmN4pRt7WzK9bYc3dE5fG7hJ9kL1mN3pQ5rS7t=',
      path: '/etc/bind/named.conf.local',
    },
    {
      text: '    proxy_set_header X-Client-Secret q8Xv2LmN4pRt7WzK9bYc;',
      secret: 'q8Xv2LmN4pRt7WzK9bYc',
      path: 'etc/nginx/sites-available/app',
    },
    { text: "const secret = 'TTAFUZRHAALHPVUILNDD'", secret: 'TTAFUZRHAALHPVUILNDD', languageId: 'typescript' },
    { text: 'client_secret = "9fK2mQ7xLp4vR8sT1wY6zB3n"', secret: '9fK2mQ7xLp4vR8sT1wY6zB3n', languageId: 'python' },
    { text: 'JWT_SECRET: "a8Fh3kL0pQ9zX2vB7nM4"', secret: 'a8Fh3kL0pQ9zX2vB7nM4', languageId: 'yaml' },
    { text: "const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY'", secret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY', languageId: 'javascript' },
    { text: 'jwt-secret = "gvianuujzegadqiayxscglvuknbcafgt"', secret: 'gvianuujzegadqiayxscglvuknbcafgt', path: 'postgrest.conf' },
    { text: 'client_secret="zjekwirfudtxcddm",', secret: 'zjekwirfudtxcddm', languageId: 'python' },
    { text: 'sa-token.jwt-secret-key: nsabevtxybvqhikbkydkcsomnwzabtu', secret: 'nsabevtxybvqhikbkydkcsomnwzabtu', languageId: 'yaml' },
    {
      text: "'fs.s3a.secret.key': 'Esdnz6R4JwCBSgF1G1cxtnPRrbV1Ph7E7qQ7GHsn'",
      secret: 'Esdnz6R4JwCBSgF1G1cxtnPRrbV1Ph7E7qQ7GHsn',
      languageId: 'javascript',
    },
  ],
  mustNotMatch: [
    { text: '    secret "q8Xv2LmN4pRt7WzK9bYc3dE5fG7hJ9kL1mN3pQ5rS7t=";', path: 'notes.txt' },
    { text: '    secret "{{ tsig_secret }}";', path: 'named.conf' },
    // The SecretStorage key a secret is stored under: a dotted namespaced name, not the secret (issue 21).
    { text: "  protected readonly secretKey = 'keywarden.h2ogpte';", languageId: 'typescript' },
    { text: "const SECRET_KEY = 'keywarden.arthur-platform.session';", languageId: 'typescript' },
    { text: 'configAppSettings = [ ("app.settings.external_api_secret", "0123456789abcdef") ]', languageId: 'haskell' },
    { text: 'jwt-secret = "@/dev/stdin"', path: 'postgrest.conf' },
    { text: 'secret_name = "prod/db/password"', languageId: 'python' },
    { text: 'client_secret = "{{ vault_client_secret }}"', languageId: 'python' },
    { text: 'secret: process.env.SECRET', languageId: 'javascript' },
    { text: 'SECRET_KEY = "django-insecure-xxxxxxxxxxxxxxxx"', languageId: 'python' },
    { text: 'jwt_secret = "reallyreallyreallyreallyverysafe"', languageId: 'python' },
    { text: 'client_secret = "applicationclientsecret"', languageId: 'python' },
    { text: 'const NCRYPT_PKCS8_PRIVATE_KEY_BLOB = "PKCS8_PRIVATEKEY";', languageId: 'csharp' },
    { text: "const parts = secret.split('a8Fh3kL0pQ9zX2vB7nM4')", languageId: 'javascript' },
    // Ordinary code that names things like secrets (issue 15; the quiet corpus, arthur-engine, whylabs-oss):
    // operation names that spell their constant
    { text: 'const opGetKMSEncryptionKey = "GetKMSEncryptionKey"', languageId: 'go' },
    { text: '\tCustomerMasterKeySpecEccSecgP256k1 = "ECC_SECG_P256K1"', languageId: 'go' },
    // descriptive stand-ins
    { text: '    {"GENAI_ENGINE_SECRET_STORE_KEY": "test_passphrase_123"},', languageId: 'python' },
    { text: '    {"GENAI_ENGINE_SECRET_STORE_KEY": "old_key::new_key"},', languageId: 'python' },
    // values that say they are fake
    { text: 'client_secret = "dummyQx7mW2pL9vR4tZ8"', languageId: 'python' },
  ],
};

export default examples;
