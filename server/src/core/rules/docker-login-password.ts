import { patternRule } from '../rule';

export default patternRule({
  id: 'docker-login-password',
  kind: 'Container registry password',
  description: 'A password or token given to `docker login` (podman, nerdctl) with -p / --password.',
  keywords: ['docker login', 'podman login', 'nerdctl login'],
  pattern: /(?<=[ \t])(?:-p|--password)(?:[ \t]+|=)(?<q>["']?)(?<secret>[^\s"'$-][^\s"']{2,255})\k<q>(?=[\s;|&)]|$)/g,
  confidence: 'medium',
  envVar: 'DOCKER_PASSWORD',
});
