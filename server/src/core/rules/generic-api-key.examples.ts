import type { RuleExamples } from '../types';

/** `generic-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    // A key named by one or two letters glued to `key` (NATS account and user keys, issue 18 §5).
    {
      text: 'users: [{nkey: UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4}]',
      secret: 'UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4',
      path: 'server.conf',
    },
    {
      text: 'xkey: "XAB3NANV3M6N7AHSQP2U5FRWKKUT7EG2ZXXABV4XVXYQRJGM4S2CZGHT"',
      secret: 'XAB3NANV3M6N7AHSQP2U5FRWKKUT7EG2ZXXABV4XVXYQRJGM4S2CZGHT',
      languageId: 'yaml',
    },
    {
      text: 'const apiKey = process.env.OPENAI_API_KEY || "Qx7mW2pL9vR4tZ8nK3bF6hJ1cY5dA0eG";',
      secret: 'Qx7mW2pL9vR4tZ8nK3bF6hJ1cY5dA0eG',
      languageId: 'javascript',
    },
    { text: 'api_key = "3f9a7c2e1b8d4f60a5c3e7b9d1f2a4c6"', secret: '3f9a7c2e1b8d4f60a5c3e7b9d1f2a4c6', languageId: 'python' },
    { text: "configuration.api_key['ApiKeyAuth'] = 'Zq8vXw2mN4pL7rT9'", secret: 'Zq8vXw2mN4pL7rT9', languageId: 'python' },
    { text: "headers: { 'X-Api-Key': 'Kx7pQ2mW9vL4nR8tZ3' }", secret: 'Kx7pQ2mW9vL4nR8tZ3', languageId: 'typescript' },
    { text: 'apiKey: "Xb7dEf0q2W4k6m8pXyZ"', secret: 'Xb7dEf0q2W4k6m8pXyZ', languageId: 'javascript' },
    { text: 'GANDI_API_KEY=bqxgkkhhugbinnnuoglbvmtx \\', secret: 'bqxgkkhhugbinnnuoglbvmtx', languageId: 'shellscript' },
    { text: 'X-Api-Key: 3fac0194-793d-97d7-9871-e32ff3229eef', secret: '3fac0194-793d-97d7-9871-e32ff3229eef', languageId: 'yaml' },
  ],
  mustNotMatch: [
    // Short glued keys that hold a name, an id or a word, not a random key.
    { text: 'fkey: "fk_orders_customer_id"', languageId: 'yaml' },
    { text: 'pkey = "id"', languageId: 'python' },
    { text: 'hotkey: "ctrl+shift+p"', languageId: 'yaml' },
    { text: 'PGRST_JWT_ROLE_CLAIM_KEY: \'.user[0]."real-role"\'', languageId: 'yaml' },
    { text: "  - key: '.customObject.manyRoles[1]'", languageId: 'yaml' },
    {
      text: 'openssl req -new -sha256 -key grpc_client_key_pkcs1.pem -subj "/CN=localhost" -out grpc_client.csr',
      languageId: 'shellscript',
    },
    { text: "{ 'Key': '311.parquet/._SUCCESS.crc', 'Size': 0 },", languageId: 'javascript' },
    { text: 'req.Header.Set("Sec-Websocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")', languageId: 'go' },
    { text: 'config.APIKey = "example@example.com"', languageId: 'go' },
    { text: 'key: v1-stack-dependencies-{{ checksum "stack.yaml" }}', languageId: 'yaml' },
    { text: "apiKey: 'base64EncodedKey'", languageId: 'javascript' },
    { text: '<add key="disableSourceControlIntegration" value="true" />', languageId: 'xml' },
    { text: 'Query: "action=SET&api_key=apikeyvaluehere&name=example.com"', languageId: 'go' },
    { text: 'api_key = "YOUR_API_KEY"', languageId: 'python' },
    { text: 'api_key_id = "AKIDX8W5N2"', languageId: 'python' },
    { text: '"key": "ctrl+shift+down"', languageId: 'json' },
    { text: 'public_key = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A"', languageId: 'python' },
    { text: 'api_version = "2023-05-01"', languageId: 'python' },
    { text: 'cache_key = "user:1234:profile:v2"', languageId: 'python' },
    { text: '"key_id": "6e826d02-eacc-9519-d7ca-e93cd6c8203e",', languageId: 'json' },
    { text: "apiKey: 'applicationDefaultKeyValue'", languageId: 'javascript' },
    { text: "encrypted_key: 'Z6eD4UK_yFb5ZoKvKkGAdqywEG_m0e4IYo0x8Vf30LAMJcsc',", languageId: 'javascript' },
    // Ordinary code that names things like secrets (issue 15; the quiet corpus, arthur-engine, whylabs-oss):
    // React Query keys (arthur-engine UI)
    { text: 'invalidateQueries: [{ queryKey: ["getAllLlmEvalsApiV1TasksTaskIdLlmEvalsGet"] }],', languageId: 'typescript' },
    { text: 'export const DISPLAY_SETTINGS_QUERY_KEY = ["getDisplaySettingsApiV2DisplaySettingsGet"] as const;', languageId: 'typescript' },
    // storage-key constants
    { text: 'const RECIPIENT_NAME_STORAGE_KEY = "task-tour:recipient-name";', languageId: 'typescript' },
    // f-string and template keys
    { text: 'key = f"saved:{config.name}:{config.version}"', languageId: 'python' },
    { text: 'rag_config_key = f"unsaved:{config.unsaved_id}"', languageId: 'python' },
    // dotted attribute names
    { text: '    key="llm.input_messages.0.message.role",', languageId: 'python' },
    { text: '"Key": "access_logs.s3.enabled",', languageId: 'json' },
    // Kubernetes label keys
    { text: '    - key: "karpenter.sh/capacity-type"', languageId: 'yaml' },
    // namespaced context keys (aws-cdk-lib)
    { text: 'export declare const CUSTOMIZE_ROLES_CONTEXT_KEY = "@aws-cdk/iam:customizeRoles";', languageId: 'typescript' },
    { text: 'exports.ASSET_RESOURCE_METADATA_DOCKER_BUILD_ARGS_KEY="aws:asset:docker-build-args";', languageId: 'javascript' },
    // URLs without credentials, any scheme
    { text: "const { bucket, key } = pathToBucketKey('s3://bucket/key/nestedkey/object');", languageId: 'typescript' },
    // Maven coordinates
    { text: 'def licenseKey = "org.apache.commons:commons-lang3:3.12.0"', languageId: 'groovy' },
    // XSD types
    { text: '  api_key: xs:string', languageId: 'yaml' },
    // a query string in a string
    { text: "expect(simpleStringifySegment(seg)).toEqual('key=foo&value=one&key=bar&value=two');", languageId: 'typescript' },
    // public keys by name
    { text: 'const publishableKey = "pk_live_51Hx8YzQbL2mN4pR7tV9"', languageId: 'javascript' },
    // selection expressions
    { text: 'HEADER_X_API_KEY=new WebSocketApiKeySelectionExpression("$request.header.x-api-key")', languageId: 'javascript' },
    // identifiers made of words
    { text: '    s3UsEast1RegionalSharedKey = `s3_us_east_1_regional_endpoint`', languageId: 'go' },
    // a quoted name in docs
    { text: '   * > Key: `"failover-regions"`', languageId: 'typescript' },
    // the name again, no digit
    { text: '    account_key="myaccountkey==",', languageId: 'python' },
    // dedupe keys
    { text: '    "dedupeKey": "7fb5b730-315a-4f2d-920c-b3a4f4fd1232"', languageId: 'json' },
    // values that say they are fake
    { text: 'api_key = "fakeKq7ZrT2m9Wx4Lp"', languageId: 'python' },
  ],
};

export default examples;
