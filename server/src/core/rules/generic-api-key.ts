import { nameRule } from '../rule';

export default nameRule({
  id: 'generic-api-key',
  kind: 'API key',
  description: "An API-key-like name (api_key, apiKey, access_key, X-Api-Key) assigned or passed a literal.",
  nameClass: 'api-key',
  mustMatch: [
    { text: "api_key = \"3f9a7c2e1b8d4f60a5c3e7b9d1f2a4c6\"", secret: "3f9a7c2e1b8d4f60a5c3e7b9d1f2a4c6", languageId: 'python' },
    { text: "configuration.api_key['ApiKeyAuth'] = 'Zq8vXw2mN4pL7rT9'", secret: "Zq8vXw2mN4pL7rT9", languageId: 'python' },
    { text: "headers: { 'X-Api-Key': 'Kx7pQ2mW9vL4nR8tZ3' }", secret: "Kx7pQ2mW9vL4nR8tZ3", languageId: 'typescript' },
    { text: "apiKey: \"AbCdEf0123456789XyZ\"", secret: "AbCdEf0123456789XyZ", languageId: 'javascript' },
    { text: "GANDI_API_KEY=bqxgkkhhugbinnnuoglbvmtx \\", secret: "bqxgkkhhugbinnnuoglbvmtx", languageId: 'shellscript' },
    { text: "X-Api-Key: 3fac0194-793d-97d7-9871-e32ff3229eef", secret: "3fac0194-793d-97d7-9871-e32ff3229eef", languageId: 'yaml' },
  ],
  mustNotMatch: [
    { text: "config.APIKey = \"example@example.com\"", languageId: 'go' },
    { text: "key: v1-stack-dependencies-{{ checksum \"stack.yaml\" }}", languageId: 'yaml' },
    { text: "apiKey: 'base64EncodedKey'", languageId: 'javascript' },
    { text: "<add key=\"disableSourceControlIntegration\" value=\"true\" />", languageId: 'xml' },
    { text: "Query: \"action=SET&api_key=apikeyvaluehere&name=example.com\"", languageId: 'go' },
    { text: "api_key = \"YOUR_API_KEY\"", languageId: 'python' },
    { text: "api_key_id = \"AKIDX8W5N2\"", languageId: 'python' },
    { text: "\"key\": \"ctrl+shift+down\"", languageId: 'json' },
    { text: "public_key = \"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\"", languageId: 'python' },
    { text: "api_version = \"2023-05-01\"", languageId: 'python' },
    { text: "cache_key = \"user:1234:profile:v2\"", languageId: 'python' },
    { text: "\"key_id\": \"6e826d02-eacc-9519-d7ca-e93cd6c8203e\",", languageId: 'json' },
    { text: "apiKey: 'applicationDefaultKeyValue'", languageId: 'javascript' },
    { text: "encrypted_key: 'Z6eD4UK_yFb5ZoKvKkGAdqywEG_m0e4IYo0x8Vf30LAMJcsc',", languageId: 'javascript' },
  ],
});
