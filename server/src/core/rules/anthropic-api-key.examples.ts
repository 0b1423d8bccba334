import type { RuleExamples } from '../types';

/** `anthropic-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'anthropic_api_key = "sk-ant-api03-dCQaCMRY_hV5tcJMl11bxefDClL-AUByzYS1U-vcq17cNyuZw2XGPcATMTAVnTmZrrkg2wUUPv18_5Q9CwuT5q5OQDaNRAA"',
      secret: 'sk-ant-api03-dCQaCMRY_hV5tcJMl11bxefDClL-AUByzYS1U-vcq17cNyuZw2XGPcATMTAVnTmZrrkg2wUUPv18_5Q9CwuT5q5OQDaNRAA',
      languageId: 'python',
    },
    {
      text: 'export ANTHROPIC_API_KEY=sk-ant-admin01-OHavp6K5i6BVcIAc5L1Y25vm1VfidotBDyrbI3x_00iGocCyp_y0rY3APZyqIKPHts4IZ3FCtDWTO12V-NB_VbOm703B9AA',
      secret: 'sk-ant-admin01-OHavp6K5i6BVcIAc5L1Y25vm1VfidotBDyrbI3x_00iGocCyp_y0rY3APZyqIKPHts4IZ3FCtDWTO12V-NB_VbOm703B9AA',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    { text: 'anthropic_api_key = "sk-ant-api03-dCQaCMRY_hV5tcJMl11bxefDClL-AUByzYS1U-vcq"', languageId: 'python' },
    { text: 'anthropic_api_key = os.environ["ANTHROPIC_API_KEY"]', languageId: 'python' },
  ],
};

export default examples;
