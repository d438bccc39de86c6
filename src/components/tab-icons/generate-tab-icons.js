// Draws the tab icons as 81x81 PNGs (stroked line art, no deps). Run: node src/components/tab-icons/generate-tab-icons.js src/components/tab-icons
const zlib = require('zlib'); const fs = require('fs'); const path = require('path');
const S = 81, W = 5.5;
function segDist(px, py, [ax, ay, bx, by]) { const dx = bx - ax, dy = by - ay; const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))); return Math.hypot(px - ax - t * dx, py - ay - t * dy); }
function poly(pts, closed) { const segs = []; for (let i = 0; i < pts.length - 1; i++) segs.push([...pts[i], ...pts[i + 1]]); if (closed) segs.push([...pts[pts.length - 1], ...pts[0]]); return segs; }
function rrect(x, y, w, h) { return poly([[x, y], [x + w, y], [x + w, y + h], [x, y + h]], true); }
const shapes = {
  home: { segs: [...poly([[12, 38], [40.5, 13], [69, 38]]), ...poly([[20, 32], [20, 68], [61, 68], [61, 32]]), ...poly([[34, 68], [34, 50], [47, 50], [47, 68]])], rings: [] },
  category: { segs: [...rrect(14, 14, 21, 21), ...rrect(46, 14, 21, 21), ...rrect(14, 46, 21, 21), ...rrect(46, 46, 21, 21)], rings: [] },
  cart: { segs: [...poly([[8, 16], [18, 16], [26, 54], [62, 54], [70, 26], [21, 26]])], rings: [[30, 65, 5], [58, 65, 5]] },
  me: { segs: [], rings: [[40.5, 28, 12]], arcs: [[40.5, 72, 25]] },
  admin: { segs: [...rrect(16, 14, 49, 55), ...poly([[26, 32], [55, 32]]), ...poly([[26, 44], [55, 44]]), ...poly([[26, 56], [45, 56]])], rings: [] },
};
function cover(shape, x, y) {
  for (const s of shape.segs) if (segDist(x, y, s) <= W / 2) return true;
  for (const [cx, cy, r] of shape.rings) if (Math.abs(Math.hypot(x - cx, y - cy) - r) <= W / 2) return true;
  for (const [cx, cy, r] of shape.arcs || []) if (y <= cy - 6 && Math.abs(Math.hypot(x - cx, y - cy) - r) <= W / 2) return true;
  for (const [cx, cy, r] of shape.arcs || []) { const dy = cy - 6 - y; if (dy <= 0 && dy > -W / 2 - 0.01) { const half = Math.sqrt(r * r - 36); if (Math.abs(x - cx) <= half + W / 2) { /* flat bottom */ if (Math.abs(y - (cy - 6)) <= W / 2) return true; } } }
  return false;
}
function crc32(buf) { let c, crc = 0xffffffff; for (let n = 0; n < buf.length; n++) { c = (crc ^ buf[n]) & 0xff; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; crc = (crc >>> 8) ^ c; } return (crc ^ 0xffffffff) >>> 0; }
function chunk(type, data) { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td)); return Buffer.concat([len, td, crc]); }
function png(shape, [r, g, b]) {
  const raw = Buffer.alloc((S * 4 + 1) * S); const N = 4;
  for (let y = 0; y < S; y++) { raw[y * (S * 4 + 1)] = 0; for (let x = 0; x < S; x++) { let hit = 0; for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) if (cover(shape, x + (i + 0.5) / N, y + (j + 0.5) / N)) hit++; const o = y * (S * 4 + 1) + 1 + x * 4; raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = Math.round((255 * hit) / (N * N)); } }
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(S, 0); ihdr.writeUInt32BE(S, 4); ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const out = process.argv[2];
for (const [name, shape] of Object.entries(shapes)) { fs.writeFileSync(path.join(out, `${name}.png`), png(shape, [0x8a, 0x8f, 0x99])); fs.writeFileSync(path.join(out, `${name}-active.png`), png(shape, [0xfa, 0x2c, 0x19])); }
