// Draws the add-in icon (a page with a shield and a check mark) at 16/32/64/80/128 px and writes assets/icon-*.png.
// Plain Node (zlib only), so the icons are reproducible: `node scripts/make-icons.mjs`. Must not import project code.
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const SIZES = [16, 32, 64, 80, 128];
const SAMPLES = 5; // supersampling per axis, for smooth edges at 16 px
const PAGE_EDGE = [0x3b, 0x4a, 0x5c];
const PAGE_FILL = [0xff, 0xff, 0xff];
const TEXT_LINE = [0x9a, 0xa6, 0xb2];
const SHIELD = [0x0f, 0x6c, 0xbd];
const CHECK = [0xff, 0xff, 0xff];

// Shapes are in a 0..1 unit square so every size is drawn from the same geometry.
const insideRoundRect = (x, y, left, top, right, bottom, radius) => {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
};
const page = (x, y) => insideRoundRect(x, y, 0.14, 0.04, 0.74, 0.9, 0.05) && !(x + (0.04 - y) > 0.74 - 0.16);
const pageInner = (x, y, t) => insideRoundRect(x, y, 0.14 + t, 0.04 + t, 0.74 - t, 0.9 - t, 0.03) && !(x + (0.04 - y) > 0.74 - 0.16 - t * 1.4);
const fold = (x, y) => x <= 0.74 && y >= 0.04 && x + (0.04 - y) > 0.74 - 0.16 && x >= 0.58 && y <= 0.2;
const lines = (x, y) => x >= 0.24 && x <= 0.56 && [0.26, 0.38, 0.5].some((top) => y >= top && y <= top + 0.055);
// A shield: flat top with rounded shoulders, sides curving to a point at the bottom.
const shield = (x, y) => {
  const left = 0.46, right = 0.96, top = 0.42, bottom = 0.98, mid = (left + right) / 2;
  if (y < top || y > bottom) return false;
  const half = (right - left) / 2;
  const t = (y - top) / (bottom - top);
  const width = t < 0.45 ? half : half * Math.sqrt(Math.max(0, 1 - ((t - 0.45) / 0.55) ** 2));
  return Math.abs(x - mid) <= width;
};
const nearSegment = (x, y, ax, ay, bx, by, r) => {
  const dx = bx - ax, dy = by - ay;
  const k = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - k * dx) ** 2 + (y - ay - k * dy) ** 2 <= r * r;
};
const check = (x, y) => nearSegment(x, y, 0.58, 0.67, 0.68, 0.78, 0.045) || nearSegment(x, y, 0.68, 0.78, 0.85, 0.57, 0.045);

function colourAt(x, y, size) {
  const edge = Math.max(1.2 / size, 0.035);
  if (check(x, y)) return CHECK;
  if (shield(x, y)) return SHIELD;
  if (fold(x, y)) return PAGE_EDGE;
  if (page(x, y)) {
    if (!pageInner(x, y, edge)) return PAGE_EDGE;
    if (size >= 32 && lines(x, y)) return TEXT_LINE;
    return PAGE_FILL;
  }
  return null;
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, size);
          if (!colour) continue;
          r += colour[0]; g += colour[1]; b += colour[2]; a += 1;
        }
      }
      const offset = (py * size + px) * 4;
      if (a > 0) {
        rgba[offset] = Math.round(r / a);
        rgba[offset + 1] = Math.round(g / a);
        rgba[offset + 2] = Math.round(b / a);
      }
      rgba[offset + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer) => {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  writeFileSync(join(assets, `icon-${size}.png`), encodePng(size, render(size)));
  console.log(`assets/icon-${size}.png`);
}
