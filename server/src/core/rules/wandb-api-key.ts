import { patternRule } from '../rule';

export default patternRule({
  id: 'wandb-api-key',
  kind: 'Weights & Biases API key',
  description: 'A Weights & Biases API key (40 hex) in wandb.login() or WANDB_API_KEY.',
  keywords: ['wandb'],
  pattern:
    /(?:wandb[_-]?api[_-]?key["']?[ \t]*(?:=|:|=>)[ \t]*|wandb\.login\([ \t]*(?:key[ \t]*=[ \t]*)?)["']?(?<secret>[a-f0-9]{40}|local-[a-f0-9]{40})(?![A-Za-z0-9])/gi,
  confidence: 'high',
  envVar: 'WANDB_API_KEY',
});
