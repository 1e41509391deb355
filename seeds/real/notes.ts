/**
 * One note made of several caveats, each a phrase of its own, joined by "; " so that none runs into the
 * next. A part may not contain "; " itself nor end with a full stop: the note then reads as its parts.
 */
export function notes(...parts: string[]): string {
  for (const part of parts) {
    if (!part.trim() || part.includes(';') || /\.\s*$/.test(part)) throw new Error(`a part of a note must be a phrase without ";" or a final full stop: ${JSON.stringify(part)}`);
  }
  return parts.map((p) => p.trim()).join('; ');
}
