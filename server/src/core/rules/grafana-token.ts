import { patternRule } from '../rule';

export default patternRule({
  id: 'grafana-token',
  kind: "Grafana token",
  description: "A Grafana service-account (glsa_) or Grafana Cloud (glc_) token.",
  keywords: ['glsa_', 'glc_'],
  pattern: /(?<![A-Za-z0-9_])(?<secret>glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9_+/=])/g,
  confidence: 'high',
  envVar: 'GRAFANA_TOKEN',
  mustMatch: [
    { text: "grafana_token = \"glsa_GnPZt7ununpyJE2r71lkFMMB57J8YD8A_19cbb952\"", secret: "glsa_GnPZt7ununpyJE2r71lkFMMB57J8YD8A_19cbb952", languageId: 'python' },
    { text: "export GRAFANA_TOKEN=glc_aDaMFmNzNKUsb9RLddAsuLwullkBPTeoGBUT1GT4VpZcoSSHMl5QHyNEQ5NInoX1Skb1F6rF6TUd591D", secret: "glc_aDaMFmNzNKUsb9RLddAsuLwullkBPTeoGBUT1GT4VpZcoSSHMl5QHyNEQ5NInoX1Skb1F6rF6TUd591D", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "grafana_token = \"glsa_GnPZt7ununpyJE2r71\"", languageId: 'python' },
    { text: "grafana_token = os.environ[\"GRAFANA_TOKEN\"]", languageId: 'python' },
  ],
});
