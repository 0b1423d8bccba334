/** The baseline file, relative to a repository root: the server and the CLI read it, the client watches it. */
export const BASELINE_FILE = '.keywarden/baseline.json';
