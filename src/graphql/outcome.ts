/** Nothing asked was answered: no data, or every root field null (a failed nullable lookup included). */
export const nothingResolved = (data: Record<string, unknown> | null | undefined): boolean => data == null || Object.values(data).every((v) => v === null);
