import type { RuleExamples } from '../types';

/** `aws-bedrock-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'aws_bearer_token_bedrock = "ABSKQmVkcm9ja0FQSUtleSiGFaewgGc08t0Fe3HnpmfaxwOG/OcgH5UT/UT4+WhDnC+HkYrstK8SwgZxlMqnwUPzY4ZmqrHFezMzTGkh8Jq5X2AqIz6ODRuLajVabnmwJ0DB="',
      secret:
        'ABSKQmVkcm9ja0FQSUtleSiGFaewgGc08t0Fe3HnpmfaxwOG/OcgH5UT/UT4+WhDnC+HkYrstK8SwgZxlMqnwUPzY4ZmqrHFezMzTGkh8Jq5X2AqIz6ODRuLajVabnmwJ0DB=',
      languageId: 'python',
    },
    {
      text: 'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleSiGFaewgGc08t0Fe3HnpmfaxwOG/OcgH5UT/UT4+WhDnC+HkYrstK8SwgZxlMqnwUPzY4ZmqrHFezMzTGkh8Jq5X2AqIz6ODRuLajVabnmwJ0DB=',
      secret:
        'ABSKQmVkcm9ja0FQSUtleSiGFaewgGc08t0Fe3HnpmfaxwOG/OcgH5UT/UT4+WhDnC+HkYrstK8SwgZxlMqnwUPzY4ZmqrHFezMzTGkh8Jq5X2AqIz6ODRuLajVabnmwJ0DB=',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'aws_bearer_token_bedrock = "ABSKQmVkcm9ja0FQSUtleS1hYmM"', languageId: 'python' },
    { text: 'aws_bearer_token_bedrock = os.environ["AWS_BEARER_TOKEN_BEDROCK"]', languageId: 'python' },
    { text: 'prefix = "ABSKQmVkcm9ja0FQSUtleS"', languageId: 'python' },
  ],
};

export default examples;
