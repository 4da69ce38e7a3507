#!/usr/bin/env node
// The `paved` author toolkit. The code is TypeScript in src/cli, run directly by Node >= 22.12
// (type stripping); npm scripts and `npx paved` put the project's own Node 22 first on the PATH.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `paved needs Node.js 22.12 or later; this is ${process.versions.node}.\n` +
      'Run it through npm so the project\'s own Node is used: "npm run paved -- <verb>" or "npx paved <verb>".',
  );
  process.exit(2);
}
const { main } = await import('../src/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
