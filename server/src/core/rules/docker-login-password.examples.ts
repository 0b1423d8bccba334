import type { RuleExamples } from '../types';

/** `docker-login-password`: must and must-not examples. Only the tests import this module, so no bundle holds them. */
const examples: RuleExamples = {
  mustMatch: [
    { text: 'docker login -u ci -p Tr0ub4dor3x registry.example.com', secret: 'Tr0ub4dor3x', languageId: 'shellscript' },
    { text: "podman login quay.io --username bot --password 'Kq7ZrT2m!x9L'", secret: 'Kq7ZrT2m!x9L', languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: 'echo "$CR_PAT" | docker login ghcr.io -u me --password-stdin', languageId: 'shellscript' },
    { text: 'docker login -u ci -p "$DOCKER_PASSWORD" registry.example.com', languageId: 'shellscript' },
    { text: 'docker login -u <user> -p <password>', path: 'README.md' },
  ],
};

export default examples;
