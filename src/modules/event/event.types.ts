import { IsOptional } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CountryCodeScalar, DateScalar } from '../../graphql/scalars.js';
import { ConnectionType } from '../../relay/connection.js';
import { OrderDirection } from '../../relay/order.js';
import { EventKind } from './event.enums.js';
import { Event } from './event.entity.js';
import { Participation } from './participation.entity.js';

@InputType({ description: 'Narrows a list of events; all given conditions must hold.' })
export class EventFilter {
  @Field(() => [EventKind], { nullable: true, description: 'Events of any of these kinds.' })
  @IsOptional()
  kinds?: EventKind[];

  @Field(() => DateScalar, { nullable: true, description: 'Events starting on or after this date.' })
  @IsOptional()
  from?: Date | string;

  @Field(() => DateScalar, { nullable: true, description: 'Events starting on or before this date.' })
  @IsOptional()
  to?: Date | string;

  @Field(() => [CountryCodeScalar], { nullable: true, description: 'Events concerning any of these countries.' })
  @IsOptional()
  countryCodes?: string[];

  @Field(() => ID, { nullable: true, description: 'Events this organization organised.' })
  @IsOptional()
  organizerId?: string;

  @Field({ nullable: true, description: 'Include synthetic benchmark rows (default false).' })
  @IsOptional()
  includeSynthetic?: boolean;
}

@InputType({ description: 'The order of a list of events: by start date.' })
export class EventOrder {
  @Field(() => OrderDirection, { nullable: true, description: 'By start date; newest first by default.' })
  direction?: OrderDirection;
}

export const EventConnection = ConnectionType<Event>('Event', () => Event);
export type EventConnection = InstanceType<typeof EventConnection>;

export const ParticipationConnection = ConnectionType<Participation>('Participation', () => Participation);
export type ParticipationConnection = InstanceType<typeof ParticipationConnection>;
