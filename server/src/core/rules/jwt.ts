import { patternRule } from '../rule';

export default patternRule({
  id: 'jwt',
  kind: "JSON Web Token",
  description: "A signed JSON Web Token (header.payload.signature, both JSON parts base64url).",
  keywords: ['eyj'],
  pattern: /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{8,4000}\.eyJ[A-Za-z0-9_-]{4,8000}\.[A-Za-z0-9_-]{16,2000})(?![A-Za-z0-9_-])/g,
  confidence: 'high',
  envVar: 'JWT',
  mustMatch: [
    { text: "token = \"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhMGlpODc2OTh5dHoiLCJpYXQiOjE3MDAwMDAwMDB9.Jc_fwFp64OJxA-6EgQaISMKsvrBsD37GL4JayTZwkJr\"", secret: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhMGlpODc2OTh5dHoiLCJpYXQiOjE3MDAwMDAwMDB9.Jc_fwFp64OJxA-6EgQaISMKsvrBsD37GL4JayTZwkJr", languageId: 'python' },
    { text: "export ACCESS_TOKEN=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhMGlpODc2OTh5dHoiLCJpYXQiOjE3MDAwMDAwMDB9.Jc_fwFp64OJxA-6EgQaISMKsvrBsD37GL4JayTZwkJr", secret: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhMGlpODc2OTh5dHoiLCJpYXQiOjE3MDAwMDAwMDB9.Jc_fwFp64OJxA-6EgQaISMKsvrBsD37GL4JayTZwkJr", languageId: 'shellscript' },
  ],
  mustNotMatch: [
    { text: "token = \"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0\"", languageId: 'python' },
    { text: "const t = \"eyJ...\"", languageId: 'javascript' },
  ],
});
