/** The first bytes of each image type a shop may upload: the declared content type must match the file itself. */
const SIGNATURES: Readonly<Record<'image/png' | 'image/jpeg', readonly number[]>> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

export function isImageOfType(bytes: Uint8Array, contentType: 'image/png' | 'image/jpeg'): boolean {
  const signature = SIGNATURES[contentType];
  return bytes.length > signature.length && signature.every((b, i) => bytes[i] === b);
}
