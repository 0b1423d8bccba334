import type { RuleExamples } from '../types';

/** `grafana-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'grafana_token = "glsa_GnPZt7ununpyJE2r71lkFMMB57J8YD8A_19cbb952"',
      secret: 'glsa_GnPZt7ununpyJE2r71lkFMMB57J8YD8A_19cbb952',
      languageId: 'python',
    },
    {
      text: 'export GRAFANA_TOKEN=glc_aDaMFmNzNKUsb9RLddAsuLwullkBPTeoGBUT1GT4VpZcoSSHMl5QHyNEQ5NInoX1Skb1F6rF6TUd591D',
      secret: 'glc_aDaMFmNzNKUsb9RLddAsuLwullkBPTeoGBUT1GT4VpZcoSSHMl5QHyNEQ5NInoX1Skb1F6rF6TUd591D',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'grafana_token = "glsa_GnPZt7ununpyJE2r71"', languageId: 'python' },
    { text: 'grafana_token = os.environ["GRAFANA_TOKEN"]', languageId: 'python' },
  ],
};

export default examples;
