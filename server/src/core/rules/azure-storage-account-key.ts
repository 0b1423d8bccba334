import { isDocumentedKey } from '../filters';
import { patternRule } from '../rule';

export default patternRule({
  id: 'azure-storage-account-key',
  kind: "Azure storage account key",
  description: "An Azure storage account key in a connection string (AccountKey=…).",
  keywords: ['accountkey='],
  pattern: /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/gi,
  confidence: 'high',
  envVar: 'AZURE_STORAGE_KEY',
  // The storage emulator's well-known key (Azurite, devstoreaccount1) is published by Microsoft.
  check: (value) => !isDocumentedKey(value),
  mustMatch: [
    { text: "conn = \"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=OkvpsGl+g3WP0LnjZn1L64dWVyxHwrwClOVfnzIKfuHeD1m9/Ew9UcKfhFnVbv3GrPgx3dTb2p/sAruPfURxW6==;EndpointSuffix=core.windows.net\"", secret: "OkvpsGl+g3WP0LnjZn1L64dWVyxHwrwClOVfnzIKfuHeD1m9/Ew9UcKfhFnVbv3GrPgx3dTb2p/sAruPfURxW6==", languageId: 'python' },
    { text: "AZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=https;AccountName=x;AccountKey=uFKQvzpojzwFoxpCYO4L4S9iK3eVL4hsjH2oOoFw3zw6EPpiS23+5y4rIZ84ekIT/Em1YGQU3e7jCqAHv5Szkm==\"", secret: "uFKQvzpojzwFoxpCYO4L4S9iK3eVL4hsjH2oOoFw3zw6EPpiS23+5y4rIZ84ekIT/Em1YGQU3e7jCqAHv5Szkm==", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "\"value\": \"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;\"", languageId: 'python' },
    { text: "conn = \"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=OkvpsGl+g3WP0LnjZn1L64dWVyxHwrwClOVfnzIKfuHe;EndpointSuffix=core.windows.net\"", languageId: 'python' },
    { text: "conn = \"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx;EndpointSuffix=core.windows.net\"", languageId: 'python' },
  ],
});
