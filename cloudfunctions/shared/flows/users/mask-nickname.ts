/** Shows a nickname to other users without exposing it whole: first character, stars, last character. */
export function maskNickname(nickname: string): string {
  const chars = Array.from(nickname);
  if (chars.length <= 1) return `${chars[0] ?? ''}*`;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(Math.min(chars.length - 2, 3))}${chars[chars.length - 1]}`;
}
