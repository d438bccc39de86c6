import { isImageOfType } from './image-signature';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

test('a PNG is a PNG and not a JPEG', () => {
  expect(isImageOfType(PNG, 'image/png')).toBe(true);
  expect(isImageOfType(PNG, 'image/jpeg')).toBe(false);
});

test('a JPEG is a JPEG and not a PNG', () => {
  expect(isImageOfType(JPEG, 'image/jpeg')).toBe(true);
  expect(isImageOfType(JPEG, 'image/png')).toBe(false);
});

test('text, an empty file or a bare signature is refused', () => {
  expect(isImageOfType(new TextEncoder().encode('<svg onload=alert(1)>'), 'image/png')).toBe(false);
  expect(isImageOfType(new Uint8Array(0), 'image/jpeg')).toBe(false);
  expect(isImageOfType(Uint8Array.from([0xff, 0xd8, 0xff]), 'image/jpeg')).toBe(false);
});
