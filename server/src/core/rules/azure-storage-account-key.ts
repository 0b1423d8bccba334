import { isDocumentedKey } from '../filters';
import { patternRule } from '../rule';

export default patternRule({
  id: 'azure-storage-account-key',
  kind: 'Azure storage account key',
  description: 'An Azure storage account key in a connection string (AccountKey=…).',
  keywords: ['accountkey='],
  pattern: /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/gi,
  confidence: 'high',
  envVar: 'AZURE_STORAGE_KEY',
  // The storage emulator's well-known key (Azurite, devstoreaccount1) is published by Microsoft.
  check: (value) => !isDocumentedKey(value),
});
