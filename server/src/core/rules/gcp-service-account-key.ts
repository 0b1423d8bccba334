import { patternRule } from '../rule';

export default patternRule({
  id: 'gcp-service-account-key',
  kind: "Google service account key",
  description: "The private key id of a Google service-account JSON key file (the file also holds the private key).",
  keywords: ['private_key_id'],
  pattern: /"private_key_id"[ \t]*:[ \t]*"(?<secret>[a-f0-9]{40})"/g,
  confidence: 'high',
  envVar: 'GOOGLE_APPLICATION_CREDENTIALS',
  
  mustMatch: [
    { text: "{\"type\": \"service_account\", \"private_key_id\": \"1ebd2ff3616478db0e03c9ca75b98768b8fd00ed\"}", secret: "1ebd2ff3616478db0e03c9ca75b98768b8fd00ed", languageId: 'json' },
    { text: '  "private_key_id": "4f1c0a9be73d52c8a6e01b9d7f3c25e8a4b6d1f0",\n  "client_email": "ci@acme.iam.gserviceaccount.com"', secret: '4f1c0a9be73d52c8a6e01b9d7f3c25e8a4b6d1f0', path: 'key.json' },
  ],
  mustNotMatch: [
    { text: "{\"type\": \"service_account\", \"private_key_id\": \"1ebd2ff3616478db0e03\"}", languageId: 'json' },
    { text: "{\"type\": \"service_account\", \"private_key_id\": os.environ[\"GOOGLE_APPLICATION_CREDENTIALS\"]}", languageId: 'json' },
  ],
});
