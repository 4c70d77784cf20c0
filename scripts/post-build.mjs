// Trunk's post_build hook. Trunk starts all hooks of a stage at once, so the steps that must run
// in order are one hook: first make the files smaller (release builds), then stamp the service
// worker with a hash of the final files.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

for (const script of ['shrink.mjs', 'stamp-sw.mjs']) {
  execFileSync(process.execPath, [fileURLToPath(new URL(script, import.meta.url))], { stdio: 'inherit' });
}
