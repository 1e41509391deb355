import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from './context.js';
import { DateTimeScalar } from './scalars.js';

@ObjectType({ description: 'The caller’s point budget, as GitHub’s `rateLimit` reports it: what this operation cost and what remains of the hour.' })
export class RateLimit {
  @Field(() => Int, { description: 'The requested cost of this operation (charged before it ran; `extensions.cost.actualQueryCost` says what it really fetched).' })
  cost!: number;

  @Field(() => Int, { description: 'The most one operation may cost (MAX_QUERY_COST).' })
  maximumCost!: number;

  @Field(() => Int, { nullable: true, description: 'Points per caller per hour (POINT_BUDGET); null when this server keeps no budget.' })
  limit!: number | null;

  @Field(() => Int, { nullable: true, description: 'Points left this hour, after this operation; null when this server keeps no budget.' })
  remaining!: number | null;

  @Field(() => Int, { nullable: true, description: 'Points used this hour, this operation included; null when this server keeps no budget.' })
  used!: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the budget is whole again; null when this server keeps no budget.' })
  resetAt!: Date | null;
}

@Resolver()
export class RateLimitResolver {
  // Priced 1 like any field: asking what is left must not cost more than a glance.
  @Query(() => RateLimit, { description: 'Your point budget: this operation’s cost, the hourly limit, what remains and when it resets. Whose budget: the token’s subject, else your address.' })
  rateLimit(@Ctx() { cost }: Context): RateLimit {
    const budget = cost?.budget;
    return Object.assign(new RateLimit(), {
      cost: cost?.requestedQueryCost ?? 0,
      maximumCost: cost?.maximumQueryCost ?? 0,
      limit: budget?.limit ?? null,
      remaining: budget?.remaining ?? null,
      used: budget ? budget.limit - budget.remaining : null,
      resetAt: budget ? new Date(budget.resetAt) : null,
    });
  }
}
