import { useEffect } from 'react';

/** Each page names itself in the browser's tab and history (and to screen readers on navigation). */
export function useTitle(title: string | null | undefined) {
  useEffect(() => {
    if (title) document.title = `${title} · Amity`;
  }, [title]);
}
