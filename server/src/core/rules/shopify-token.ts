import { patternRule } from '../rule';

export default patternRule({
  id: 'shopify-token',
  kind: "Shopify token",
  description: "A Shopify access token or shared secret.",
  keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'SHOPIFY_ACCESS_TOKEN',
});
