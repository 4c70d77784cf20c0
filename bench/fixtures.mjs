// Fixtures for bench/run.mjs: stored records with 0, 1 and 5 years of daily history
// (examples/history_fixture.rs).

import { execFileSync } from 'node:child_process';

export function localIsoDate(d = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function fixture(years, today) {
  return execFileSync(
    'cargo',
    ['run', '--quiet', '--release', '--example', 'history_fixture', '--', '--years', String(years), '--today', today],
    { encoding: 'utf8', timeout: 600_000, maxBuffer: 64 << 20 },
  ).trim();
}
