// Rebuilds dist/ from the sources and fails when the result differs from what is committed: the action runs the
// committed dist/index.js, so it must never lag behind src/.
import { execFileSync } from 'node:child_process';

execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
// the build also regenerates the files generated from data (scripts/generate.mjs)
const generated = [
  'dist',
  'policies/catalog.json',
  'src/policy/schema-validator.js',
  'src/policy/schema-validator.d.ts',
];
const status = execFileSync('git', ['status', '--porcelain', '--', ...generated], { encoding: 'utf8' });
if (status.trim() !== '') {
  process.stderr.write(
    `dist/ or a generated file is not what the sources build; run npm run build and commit the result:\n${status}`,
  );
  execFileSync('git', ['--no-pager', 'diff', '--stat', '--', ...generated], { stdio: 'inherit' });
  process.exit(1);
}
process.stdout.write('dist/ matches the sources\n');
