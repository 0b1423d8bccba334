import { patternRule } from '../rule';

/**
 * Shopify's prefixed credentials (shopify.dev changelog, "Length of the Shopify access token is
 * increasing", 2020-04-01, and "App secret key length has increased"): 38 characters, a static
 * prefix (shpat_ public app, shpca_ custom app, shppa_ legacy private app, shpss_ app secret)
 * and 32 characters, hex in every issued token; shpua_ (apps not yet classified in the Partner
 * Dashboard) per Shopify staff on community.shopify.com. Unprefixed 32-hex tokens predate 2020
 * and are left to the generic rules.
 */
export default patternRule({
  id: 'shopify-token',
  kind: 'Shopify token',
  description: 'A Shopify access token (shpat_, shpca_, shppa_, shpua_) or app secret (shpss_): the prefix and 32 hex digits.',
  keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_', 'shpua_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>shp(?:at|ca|pa|ss|ua)_[a-fA-F0-9]{32})(?![A-Za-z0-9_])/g,
  confidence: 'high',
  envVar: 'SHOPIFY_ACCESS_TOKEN',
});
