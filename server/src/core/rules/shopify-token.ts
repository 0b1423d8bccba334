import { patternRule } from '../rule';

export default patternRule({
  id: 'shopify-token',
  kind: "Shopify token",
  description: "A Shopify access token or shared secret.",
  keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'SHOPIFY_ACCESS_TOKEN',
  mustMatch: [
    { text: "shopify_access_token = \"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\"", secret: "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", languageId: 'python' },
    { text: "export SHOPIFY_ACCESS_TOKEN=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", secret: "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", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "shopify_access_token = \"shpat_e5b0f77841d45\"", languageId: 'python' },
    { text: "shopify_access_token = os.environ[\"SHOPIFY_ACCESS_TOKEN\"]", languageId: 'python' },
  ],
});
