// Rebuilds dist/ from the sources and fails when the result differs from what is committed: the action runs the
// committed dist/index.js, so it must never lag behind src/.
import { execFileSync } from 'node:child_process';

execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' });
if (status.trim() !== '') {
  process.stderr.write(`dist/ is not what the sources build; run npm run build and commit dist/:\n${status}`);
  execFileSync('git', ['--no-pager', 'diff', '--stat', '--', 'dist'], { stdio: 'inherit' });
  process.exit(1);
}
process.stdout.write('dist/ matches the sources\n');
