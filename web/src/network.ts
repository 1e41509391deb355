import { useTranslation } from 'react-i18next';
import type { NetworkEdgeKind } from './gql/graphql';

export const EDGE_KINDS: NetworkEdgeKind[] = ['PARTNERSHIP', 'SHARED_PERSON', 'SHARED_EVENT', 'PARENT', 'POST', 'MEMBER_OF'];
/** What the API follows when no kinds are given (neighbourhood's default). */
export const DEFAULT_EDGE_KINDS: NetworkEdgeKind[] = ['PARTNERSHIP', 'SHARED_PERSON', 'SHARED_EVENT', 'PARENT'];

/** One colour per kind of link, the same in the graph, its legend and the path view. */
export const EDGE_COLOURS: Record<NetworkEdgeKind, string> = {
  PARTNERSHIP: '#b91c1c',
  SHARED_PERSON: '#1d4ed8',
  SHARED_EVENT: '#047857',
  PARENT: '#6b21a8',
  POST: '#a16207',
  MEMBER_OF: '#4b5563',
};

/**
 * The words the API writes at the start of a link's label (`network.service.ts`), each way round: "member of"
 * going up to the union, "has member" coming down. Read back to say the same in the reader's language; the
 * names after the words (a shared person, an event) stay as written.
 */
const API_WORDS: Record<NetworkEdgeKind, readonly [string, string]> = {
  PARTNERSHIP: ['partnership', 'partnership'],
  SHARED_PERSON: ['shared person', 'shared person'],
  SHARED_EVENT: ['shared event', 'shared event'],
  PARENT: ['branch of', 'parent of'],
  POST: ['post in', 'post held by'],
  MEMBER_OF: ['member of', 'has member'],
};

export function useEdgeLabel() {
  const { t } = useTranslation();
  return (kind: NetworkEdgeKind, label: string): string => {
    const words = API_WORDS[kind];
    for (const way of [1, 0] as const) {
      if (words && label.startsWith(words[way])) return `${t(`edgeWords.${kind}.${way ? 'down' : 'up'}`)}${label.slice(words[way].length)}`;
    }
    return label;
  };
}

export const pagePathOf = (node: { kind: string; nodeId: string }) => `/${node.kind === 'PERSON' ? 'p' : 'o'}/${encodeURIComponent(node.nodeId)}`;
