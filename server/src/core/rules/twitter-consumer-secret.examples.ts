import type { RuleExamples } from '../types';

/** `twitter-consumer-secret`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'auth = tweepy.OAuthHandler("q8Tz3KdW0pLmN4vBx7YcR2sHe", "Jw5Lp0Qz8Xc2Vb7Nm4Kd1Fh6Gs3Ty9Ra0Ue5Io2Pl8Mk7Nj4Hb")',
      secret: 'Jw5Lp0Qz8Xc2Vb7Nm4Kd1Fh6Gs3Ty9Ra0Ue5Io2Pl8Mk7Nj4Hb',
      languageId: 'python',
    },
    {
      text: 'TWITTER_ACCESS_TOKEN_SECRET="Rk2Lp9Qz4Xc7Vb1Nm8Kd3Fh5Gs0Ty6Ra2Ue8Io4Pl1Mk3"',
      secret: 'Rk2Lp9Qz4Xc7Vb1Nm8Kd3Fh5Gs0Ty6Ra2Ue8Io4Pl1Mk3',
      languageId: 'shellscript',
    },
  ],
  mustNotMatch: [
    // No Twitter on the line.
    { text: 'checksum = "Jw5Lp0Qz8Xc2Vb7Nm4Kd1Fh6Gs3Ty9Ra0Ue5Io2Pl8Mk7Nj4Hb"', languageId: 'python' },
    // A Twitter line with a 50-character value that is a word run, not a secret.
    { text: 'twitter_card = "summarylargeimagewithtitleanddescriptionandlogoxyz"', languageId: 'python' },
    // Hex ids and lengths other than 45 and 50.
    { text: 'twitter_status_id = "1734567890123456789"', languageId: 'python' },
  ],
};

export default examples;
