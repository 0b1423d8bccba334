import type { RuleExamples } from '../types';

/** `rubygems-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'gem_host_api_key = "rubygems_5004c346dc7a4cd1c6faee1d2185184a301039a89e4ac922"',
      secret: 'rubygems_5004c346dc7a4cd1c6faee1d2185184a301039a89e4ac922',
      languageId: 'python',
    },
    {
      text: 'GEM_HOST_API_KEY=rubygems_5004c346dc7a4cd1c6faee1d2185184a301039a89e4ac922',
      secret: 'rubygems_5004c346dc7a4cd1c6faee1d2185184a301039a89e4ac922',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'gem_host_api_key = "rubygems_5004c346dc7a4cd1c6faee1d21851"', languageId: 'python' },
    { text: 'gem_host_api_key = os.environ["GEM_HOST_API_KEY"]', languageId: 'python' },
    { text: 'rubygems_version = "3.4.10"', languageId: 'ruby' },
  ],
};

export default examples;
