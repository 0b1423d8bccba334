// Preloaded by the bench into a CLI run (`node --require bench/maxrss.cjs dist/cli.js …`): reports
// the process's peak resident memory, worker threads included, on stderr as it exits.
process.on('exit', () => {
  require('fs').writeSync(2, `\nkeywarden-bench-maxrss-kb ${process.resourceUsage().maxRSS}\n`);
});
