import { patternRule } from '../rule';

export default patternRule({
  id: 'wandb-api-key',
  kind: "Weights & Biases API key",
  description: "A Weights & Biases API key (40 hex) in wandb.login() or WANDB_API_KEY.",
  keywords: ['wandb'],
  pattern: /(?:wandb[_-]?api[_-]?key["']?[ \t]*(?:=|:|=>)[ \t]*|wandb\.login\([ \t]*(?:key[ \t]*=[ \t]*)?)["']?(?<secret>[a-f0-9]{40}|local-[a-f0-9]{40})(?![A-Za-z0-9])/gi,
  confidence: 'high',
  envVar: 'WANDB_API_KEY',
  mustMatch: [
    { text: "wandb.login(key=\"1ebef3bded35459047217f453446aa70198755cd\")", secret: "1ebef3bded35459047217f453446aa70198755cd", languageId: 'python' },
    { text: "export WANDB_API_KEY=50511e463d9fe72895dbfab945785902f9b9e860", secret: "50511e463d9fe72895dbfab945785902f9b9e860", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "wandb.login(key=\"1ebef3bded3545904721\")", languageId: 'python' },
    { text: "wandb.login(key=os.environ[\"WANDB_API_KEY\"])", languageId: 'python' },
  ],
});
