import type { RuleExamples } from '../types';

/** `azure-storage-account-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'conn = "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=OkvpsGl+g3WP0LnjZn1L64dWVyxHwrwClOVfnzIKfuHeD1m9/Ew9UcKfhFnVbv3GrPgx3dTb2p/sAruPfURxW6==;EndpointSuffix=core.windows.net"',
      secret: 'OkvpsGl+g3WP0LnjZn1L64dWVyxHwrwClOVfnzIKfuHeD1m9/Ew9UcKfhFnVbv3GrPgx3dTb2p/sAruPfURxW6==',
      languageId: 'python',
    },
    {
      text: 'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=x;AccountKey=uFKQvzpojzwFoxpCYO4L4S9iK3eVL4hsjH2oOoFw3zw6EPpiS23+5y4rIZ84ekIT/Em1YGQU3e7jCqAHv5Szkm=="',
      secret: 'uFKQvzpojzwFoxpCYO4L4S9iK3eVL4hsjH2oOoFw3zw6EPpiS23+5y4rIZ84ekIT/Em1YGQU3e7jCqAHv5Szkm==',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    {
      text: '"value": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"',
      languageId: 'python',
    },
    {
      text: 'conn = "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=OkvpsGl+g3WP0LnjZn1L64dWVyxHwrwClOVfnzIKfuHe;EndpointSuffix=core.windows.net"',
      languageId: 'python',
    },
    {
      text: 'conn = "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx;EndpointSuffix=core.windows.net"',
      languageId: 'python',
    },
  ],
};

export default examples;
