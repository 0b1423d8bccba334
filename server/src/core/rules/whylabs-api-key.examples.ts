import type { RuleExamples } from '../types';

/** `whylabs-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'why.init(api_key="n8S9wPNWkP.LR347A7TPdoE2u6Qe1NBPBTrbEpvpDbnIIAp00zKLMcyKHKi7M07Q:org-abc123")',
      secret: 'n8S9wPNWkP.LR347A7TPdoE2u6Qe1NBPBTrbEpvpDbnIIAp00zKLMcyKHKi7M07Q:org-abc123',
      languageId: 'python',
    },
    {
      text: 'WHYLABS_API_KEY=n8S9wPNWkP.LR347A7TPdoE2u6Qe1NBPBTrbEpvpDbnIIAp00zKLMcyKHKi7M07Q',
      secret: 'n8S9wPNWkP.LR347A7TPdoE2u6Qe1NBPBTrbEpvpDbnIIAp00zKLMcyKHKi7M07Q',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'import com.example.LR347A7TPdoE2u6Qe1NBPBTrbEpvpD', languageId: 'java' },
    { text: 'WHYLABS_API_KEY=YOUR_API_KEY', path: '.env' },
    // Member accesses in files about WhyLabs (whylabs-oss): an identifier after the dot, not 53 random characters.
    {
      text: "import { WhyLabsText } from '~/components/design-system';\n<WhyLabsText className={cx(typography.widgetHighlightNumber, styles.heroNumber)}>",
      languageId: 'typescriptreact',
    },
    { text: '// WhyLabs upload\nuploadType: UploadType = UploadType.PresignedDailyLogEntry,', languageId: 'kotlin' },
    { text: '// whylabs\n * DigestMode.datasetTimestampOffset and other filtering options in the monitor config.', languageId: 'java' },
    { text: 'whylabs: timePeriod = TimePeriod.fromDataServiceGranularity(dataset.granularity),', languageId: 'kotlin' },
    // The right lengths, but words: no digit, long lower-case runs.
    { text: 'WHYLABS_API_KEY=MonitorCfg.thisIsNotARealKeyItIsJustALongCamelCaseIdentifierXyz', path: '.env' },
  ],
};

export default examples;
