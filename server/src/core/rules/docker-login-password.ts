import { patternRule } from '../rule';

export default patternRule({
  id: 'docker-login-password',
  kind: 'Container registry password',
  description: 'A password or token given to `docker login` (podman, nerdctl) with -p / --password.',
  keywords: ['docker login', 'podman login', 'nerdctl login'],
  pattern: /(?<=[ \t])(?:-p|--password)(?:[ \t]+|=)(?<q>["']?)(?<secret>[^\s"'$-][^\s"']{2,255})\k<q>(?=[\s;|&)]|$)/g,
  confidence: 'medium',
  envVar: 'DOCKER_PASSWORD',
  mustMatch: [
    { text: 'docker login -u ci -p Tr0ub4dor3x registry.example.com', secret: 'Tr0ub4dor3x', languageId: 'shellscript' },
    { text: "podman login quay.io --username bot --password 'Kq7ZrT2m!x9L'", secret: 'Kq7ZrT2m!x9L', languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: 'echo "$CR_PAT" | docker login ghcr.io -u me --password-stdin', languageId: 'shellscript' },
    { text: 'docker login -u ci -p "$DOCKER_PASSWORD" registry.example.com', languageId: 'shellscript' },
    { text: 'docker login -u <user> -p <password>', path: 'README.md' },
  ],
});
