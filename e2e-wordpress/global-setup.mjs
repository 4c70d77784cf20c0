// Starts a fresh WordPress (scripts/wp-env.sh start) for the run and stops it afterwards, even
// when the start fails half-way.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = (command) => execFileSync('scripts/wp-env.sh', [command], { cwd: root, stdio: 'inherit' });

export default async function globalSetup() {
  if (!existsSync(`${root}/dist/momentum-wordpress.zip`)) {
    throw new Error('dist/momentum-wordpress.zip is missing: run `make build` first');
  }
  try {
    env('start');
  } catch (error) {
    env('stop');
    throw error;
  }
  // The tests' workers read the site's env.json from there (normally target/wp-env).
  process.env.WP_ENV_DIR = execFileSync('scripts/wp-env.sh', ['dir'], { cwd: root, encoding: 'utf8' }).trim();
  return () => env('stop');
}
