/**
 * The search form of a text: no diacritics (đ → d), lower case, punctuation as single spaces.
 * Stored beside names and applied to queries, so "nguyen duc hung" matches "Nguyễn Đức Hùng".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
