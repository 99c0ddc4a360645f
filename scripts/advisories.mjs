// Fails when a dependency that ships (bundled into dist/) has a known advisory at high or critical severity.
// Some registries (mirrors) do not serve advisories: then it says so and passes, unless BIP_REQUIRE_ADVISORIES is
// set, as in the repository's own CI, where the public registry answers.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', shell: false });
let answer;
try {
  answer = JSON.parse(run.stdout);
} catch {
  process.stderr.write(`npm audit did not answer with JSON:\n${run.stdout}${run.stderr}`);
  process.exit(1);
}
if (!answer.metadata?.vulnerabilities) {
  const why = answer.message ?? answer.error?.summary ?? 'no advisories in the answer';
  if (process.env.BIP_REQUIRE_ADVISORIES) {
    process.stderr.write(`advisories could not be read: ${why}\n`);
    process.exit(1);
  }
  process.stdout.write(`advisories: not checked, this registry does not serve them (${why})\n`);
  process.exit(0);
}
const counts = answer.metadata.vulnerabilities;
const serious = Object.entries(answer.vulnerabilities ?? {}).filter(([, v]) =>
  ['high', 'critical'].includes(v.severity),
);
if (serious.length > 0) {
  for (const [name, v] of serious) process.stderr.write(`${v.severity}: ${name} ${v.range ?? ''}\n`);
  process.exit(1);
}
process.stdout.write(
  `advisories: none at high or critical among shipped dependencies (low ${counts.low}, moderate ${counts.moderate})\n`,
);
