import { Property } from '@mikro-orm/decorators/legacy';
import { Field, InterfaceType } from 'type-graphql';
import { Source } from '../graphql/source.js';
import { BaseEntity } from './base.entity.js';
import { notPaged } from '../relay/connection.js';

/** A row whose facts come from public sources: the citations travel with the data to the API. */
@InterfaceType('Sourced', { description: 'An object whose facts are taken from public sources.', implements: BaseEntity })
export abstract class SourcedEntity<Optional extends string = never> extends BaseEntity<Optional | 'sources' | 'sourceCitations' | 'synthetic'> {
  @Property({ type: 'text[]' })
  sourceCitations: string[] = [];

  @Field({ nullable: true, description: 'Caveats about the sources (unverified spelling, single source, ...).' })
  @Property({ type: 'text', nullable: true })
  sourceNote?: string;

  /** Marks rows made by the synthetic generator, so they are never mistaken for real data. */
  @Field({ description: 'True for rows made by the synthetic data generator (benchmarks), never real.' })
  @Property({ default: false })
  synthetic: boolean = false;

  @Field(() => [Source], { description: `Public sources of the facts recorded here. ${notPaged('the few sources one record cites')}` })
  get sources(): Source[] {
    return Source.list(this.sourceCitations);
  }
}
