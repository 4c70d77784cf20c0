// Draws Momentum's app icons (web/icons/*.png): a teal square with a white path of three rising
// steps and a sun, as plain RGBA encoded to PNG with Node's zlib. Run once after changing the
// design (`node scripts/make-icons.mjs`); the PNGs are committed, so builds need nothing.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const TEAL = [0x1d, 0x6b, 0x64];
const LIGHT = [0xf4, 0xf7, 0xf6];

/** Coverage 0..1 of pixel (x, y) (in units of the icon's size) by the white motif. */
function motif(x, y) {
  // Three rising steps, bottom left to the middle right.
  const steps = [[0.22, 0.62, 0.36, 0.78], [0.36, 0.52, 0.5, 0.78], [0.5, 0.42, 0.64, 0.78]];
  for (const [x0, y0, x1, y1] of steps) if (x >= x0 && x < x1 && y >= y0 && y < y1) return 1;
  // A sun above the last step.
  const dx = x - 0.72, dy = y - 0.3;
  return Math.hypot(dx, dy) < 0.09 ? 1 : 0;
}

function icon(size, { round, padding }) {
  const px = Buffer.alloc(size * size * 4);
  const samples = 4; // supersampling for smooth edges
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let cover = 0, inside = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = (i + (sx + 0.5) / samples) / size, v = (j + (sy + 0.5) / samples) / size;
          // Rounded square background (or full bleed for maskable icons).
          const r = round, cx = Math.min(Math.max(u, r), 1 - r), cy = Math.min(Math.max(v, r), 1 - r);
          if (Math.hypot(u - cx, v - cy) <= r || r === 0) inside++;
          const m = (u - padding) / (1 - 2 * padding), n = (v - padding) / (1 - 2 * padding);
          cover += motif(m, n);
        }
      }
      const a = inside / (samples * samples), w = cover / (samples * samples);
      const o = (j * size + i) * 4;
      for (let c = 0; c < 3; c++) px[o + c] = Math.round(TEAL[c] * (1 - w) + LIGHT[c] * w);
      px[o + 3] = Math.round(255 * a);
    }
  }
  return png(size, px);
}

function png(size, rgba) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    data.copy(out, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

const dir = new URL('../web/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(new URL('icon-192.png', dir), icon(192, { round: 0.2, padding: 0.08 }));
writeFileSync(new URL('icon-512.png', dir), icon(512, { round: 0.2, padding: 0.08 }));
// Maskable: full bleed, the motif inside the 80% safe zone.
writeFileSync(new URL('icon-maskable-512.png', dir), icon(512, { round: 0, padding: 0.18 }));
// iOS rounds the corners itself and wants an opaque square.
writeFileSync(new URL('apple-touch-icon.png', dir), icon(180, { round: 0, padding: 0.1 }));
console.log('icons written to web/icons/');
