import { patternRule } from '../rule';

export default patternRule({
  id: 'grafana-token',
  kind: 'Grafana token',
  description: 'A Grafana service-account (glsa_) or Grafana Cloud (glc_) token.',
  keywords: ['glsa_', 'glc_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9_+/=])/g,
  confidence: 'high',
  envVar: 'GRAFANA_TOKEN',
});
