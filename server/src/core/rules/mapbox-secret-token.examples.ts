import type { RuleExamples } from '../types';

/** `mapbox-secret-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'mapbox_secret_token = "sk.eyJ1Ijoi56w8cl9lIiwiYSI6ItXQsjC1euM7JDKzOt8F5In0.iVIDqe8f8BWTmzAAw2EZtk"',
      secret: 'sk.eyJ1Ijoi56w8cl9lIiwiYSI6ItXQsjC1euM7JDKzOt8F5In0.iVIDqe8f8BWTmzAAw2EZtk',
      languageId: 'python',
    },
    {
      text: 'MAPBOX_SECRET_TOKEN=sk.eyJ1Ijoi56w8cl9lIiwiYSI6ItXQsjC1euM7JDKzOt8F5In0.iVIDqe8f8BWTmzAAw2EZtk',
      secret: 'sk.eyJ1Ijoi56w8cl9lIiwiYSI6ItXQsjC1euM7JDKzOt8F5In0.iVIDqe8f8BWTmzAAw2EZtk',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'mapbox_secret_token = "sk.eyJ1Ijoi56w8cl9lIiwiYSI6ItXQsjC1euM7JDKzOt8F5I"', languageId: 'python' },
    { text: 'mapbox_secret_token = os.environ["MAPBOX_SECRET_TOKEN"]', languageId: 'python' },
    {
      text: 'mapbox_token = "pk.eyJ1IjoibWFwYm94IiwiYSI6ImNpejY4M29iazA2Z2gycXA4N2pmbDZmangifQ.-g_vE53SD2WrJ6tFX7QHmA"',
      languageId: 'python',
    },
  ],
};

export default examples;
