import { toGlobalId } from '../../relay/global-id.js';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { notPaged } from '../../relay/connection.js';

export enum NetworkEdgeKind {
  PARTNERSHIP = 'PARTNERSHIP',
  SHARED_PERSON = 'SHARED_PERSON',
  SHARED_EVENT = 'SHARED_EVENT',
  PARENT = 'PARENT',
  POST = 'POST',
  MEMBER_OF = 'MEMBER_OF',
}
registerEnumType(NetworkEdgeKind, {
  name: 'NetworkEdgeKind',
  description: 'How two nodes of the network are connected.',
  valuesConfig: {
    PARTNERSHIP: { description: 'A partnership (prospect or active; lapsed ones only when asked).' },
    SHARED_PERSON: { description: 'A person holds posts in both organizations.' },
    SHARED_EVENT: { description: 'Both organizations organised the same event.' },
    PARENT: { description: 'An organization and its parent (a branch and its association, a body and the Union).' },
    POST: { description: 'A person holds a post in the organization (links persons into the network).' },
    MEMBER_OF: {
      description:
        'An organization and the union it is a member of (an association and VUFO). Weak: every member shares it. Not followed unless asked, except that connectionPaths with the default kinds falls back to it when nothing closer connects two organizations.',
    },
  },
});

export enum NetworkNodeKind {
  ORGANIZATION = 'ORGANIZATION',
  PERSON = 'PERSON',
}
registerEnumType(NetworkNodeKind, {
  name: 'NetworkNodeKind',
  description: 'What a node of a network view stands for.',
  valuesConfig: {
    ORGANIZATION: { description: 'An organization (see `NetworkNode.organization`).' },
    PERSON: { description: 'A person (see `NetworkNode.person`).' },
  },
});

export const DEFAULT_EDGE_KINDS = [NetworkEdgeKind.PARTNERSHIP, NetworkEdgeKind.SHARED_PERSON, NetworkEdgeKind.SHARED_EVENT, NetworkEdgeKind.PARENT];

@ObjectType({ description: 'A node of a network view: an organization or a person, with its distance from the start.' })
export class NetworkNode {
  // Not the organization's or person's ID: a client cache (Apollo, urql, Relay) would merge this
  // answer-shaped object (its `hops`) into the real node, and two graphs around different centres into one.
  @Field(() => ID, { description: 'This graph node’s own identity: the same organization or person at the same distance from a centre (not refetchable with `node(id:)`; `nodeId` is the real node).' })
  get id(): string {
    return toGlobalId('NetworkNode', `${this.hops}:${this.nodeId}`);
  }

  @Field(() => ID, { description: 'Global ID of the organization or person this graph node stands for (what edges’ `source` and `target` name).' })
  nodeId!: string;

  @Field(() => NetworkNodeKind, { description: 'Whether the node is an organization or a person.' })
  kind!: NetworkNodeKind;

  @Field({ description: 'Name to draw.' })
  label!: string;

  @Field({ nullable: true, description: 'The organization kind (FRIENDSHIP_ASSOCIATION, BUSINESS, ...), for styling a graph view.' })
  category?: string;

  @Field(() => Int, { description: 'Hops from the start.' })
  hops!: number;

  @Field(() => Organization, { nullable: true, description: 'The organization, loaded only when asked for.' })
  organization?: Promise<Organization | null> | null;

  @Field(() => Person, { nullable: true, description: 'The person, loaded only when asked for.' })
  person?: Promise<Person | null> | null;
}

@ObjectType({ description: 'A connection between two nodes, with what makes it.' })
export class NetworkEdge {
  @Field(() => ID, { description: 'The `nodeId` (global ID of the organization or person) of one end.' })
  source!: string;

  @Field(() => ID, { description: 'The `nodeId` of the other end.' })
  target!: string;

  @Field(() => NetworkEdgeKind, { description: 'What makes the connection.' })
  kind!: NetworkEdgeKind;

  @Field(() => Float, { description: 'How many links of this kind join the two (shared people, shared events, partnerships).' })
  weight!: number;

  @Field(() => [ID], { description: `Global IDs of what makes the link: partnerships, shared persons, shared events, posts. ${notPaged('what makes one edge, as many as its `weight`, given whole so that a graph view can draw and label the edge; `nodes(ids:)` reads the records')}` })
  via!: string[];

  @Field({ description: 'The link in words (“shared person Nguyễn Văn A”).' })
  label!: string;
}

@ObjectType({ description: 'A neighbourhood, shaped for graph views: nodes and edges.' })
export class NetworkGraph {
  @Field(() => [NetworkNode], { description: `The organizations and persons of the neighbourhood, nearest first. ${notPaged('a graph view needs its nodes and edges together, and `limit` bounds them (`truncated` says when it cut the neighbourhood)')}` })
  nodes!: NetworkNode[];

  @Field(() => [NetworkEdge], { description: `The edges between those nodes, at most three times as many as the nodes. ${notPaged('a graph view needs its nodes and edges together, and `limit` bounds them')}` })
  edges!: NetworkEdge[];

  @Field({ description: 'True when the node limit (or the edge limit, three times the node limit: nearest and strongest kept) cut the neighbourhood short.' })
  truncated!: boolean;
}

@ObjectType({ description: 'One hop of a path.' })
export class PathStep {
  @Field(() => NetworkNode, { description: 'Where the hop starts (`hops`: its distance from the path’s start).' })
  from!: NetworkNode;

  @Field(() => NetworkNode, { description: 'Where the hop ends.' })
  to!: NetworkNode;

  @Field(() => NetworkEdge, { description: 'The connection the hop follows, read from `from` to `to`.' })
  edge!: NetworkEdge;
}

@ObjectType({ description: 'A shortest path between two nodes, hop by hop.' })
export class NetworkPath {
  @Field(() => Int, { description: 'Length of the path, in hops (0 from a node to itself).' })
  hops!: number;

  @Field(() => [PathStep], { description: `The hops of the path, from the start. ${notPaged('a path’s hops, at most `maxHops`')}` })
  steps!: PathStep[];

  @Field({ description: 'The path in words: “Hội Việt – Mỹ → shared partner X → Hội Hữu nghị Việt Nam – Singapore”.' })
  explanation!: string;
}

@ObjectType({ description: 'The shortest connections between two nodes; no connection is an answer, not an error.' })
export class ConnectionPaths {
  @Field({ description: 'Whether a connection exists within maxHops.' })
  connected!: boolean;

  @Field(() => Int, { description: 'The longest path looked for, in hops, as asked.' })
  maxHops!: number;

  @Field(() => [NetworkPath], { description: `Up to k shortest paths (all of the same, minimal length). ${notPaged('at most `k` paths')}` })
  paths!: NetworkPath[];

  @Field({ description: 'A sentence for the user, also when there is no connection.' })
  summary!: string;
}
