// Preloaded by the bench into a CLI run (`node --require bench/maxrss.cjs dist/cli.js …`): reports
// the process's peak resident memory and its CPU time (user + system), worker threads included, on
// stderr as it exits.
process.on('exit', () => {
  const usage = process.resourceUsage();
  require('fs').writeSync(
    2,
    `\nkeywarden-bench-maxrss-kb ${usage.maxRSS}\nkeywarden-bench-cpu-us ${usage.userCPUTime + usage.systemCPUTime}\n`,
  );
});
