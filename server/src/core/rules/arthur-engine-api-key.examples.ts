import type { RuleExamples } from '../types';

/** `arthur-engine-api-key`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    {
      text: 'client = ArthurClient(api_key="M2NlYWFmMzAtODE0Mi00OGVhLTkxZDktMzA4MGY5YjQzOWZjOm9HS3JuUWtQb0dQTkJDdHZmN2QtT3FGY1RHYUhRdkN4dE02RWVPaElWaU0=")',
      secret: 'M2NlYWFmMzAtODE0Mi00OGVhLTkxZDktMzA4MGY5YjQzOWZjOm9HS3JuUWtQb0dQTkJDdHZmN2QtT3FGY1RHYUhRdkN4dE02RWVPaElWaU0=',
      languageId: 'python',
    },
    {
      text: 'ARTHUR_API_KEY=YzFhY2M5OTAtNjQyNC00NTBhLWEzNmItZjliM2RkY2IzNjlkOmhQQmVtckgyYjVrNXhhS05SNVU0ODNfYU5zU2JaME9yRHhsendWaDFMeTQ=',
      secret: 'YzFhY2M5OTAtNjQyNC00NTBhLWEzNmItZjliM2RkY2IzNjlkOmhQQmVtckgyYjVrNXhhS05SNVU0ODNfYU5zU2JaME9yRHhsendWaDFMeTQ=',
      path: '.env',
    },
  ],
  mustNotMatch: [
    { text: 'token = "YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYQ=="', languageId: 'python' },
    { text: 'x = "bm90LWEtdXVpZC1hdC1hbGw6cXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcXFxcQ=="' },
  ],
};

export default examples;
