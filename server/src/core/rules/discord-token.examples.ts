import type { RuleExamples } from '../types';

/** `discord-token`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'DISCORD_BOT_TOKEN=MTaVeAgR7NXDDdSbh0U6p8SKyb.iri7RR.qZoZl7XxV2kBwDhgsI3e7KRfmAe9rdMj-U_qOQ',
      secret: 'MTaVeAgR7NXDDdSbh0U6p8SKyb.iri7RR.qZoZl7XxV2kBwDhgsI3e7KRfmAe9rdMj-U_qOQ',
      path: '.env',
    },
    {
      text: 'client.run("MTaVeAgR7NXDDdSbh0U6p8SKyb.iri7RR.qZoZl7XxV2kBwDhgsI3e7KRfmAe9rdMj-U_qOQ")  # discord',
      secret: 'MTaVeAgR7NXDDdSbh0U6p8SKyb.iri7RR.qZoZl7XxV2kBwDhgsI3e7KRfmAe9rdMj-U_qOQ',
      languageId: 'python',
    },
    {
      text: 'DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/1184223405631234567/qZoZl7XxV2kBwDhgsI3e7KRfmAe9rdMj-U_qOQaVeAgR7NXDDdSbh0U6p8SKybiri7RR0eU3',
      secret: 'qZoZl7XxV2kBwDhgsI3e7KRfmAe9rdMj-U_qOQaVeAgR7NXDDdSbh0U6p8SKybiri7RR0eU3',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'DISCORD_BOT_TOKEN=MTxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxx', path: '.env' },
    { text: 'discord_url = "https://discord.com/api/webhooks/{id}/{token}"', languageId: 'python' },
  ],
};

export default examples;
