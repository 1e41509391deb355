import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Event } from '../event/event.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Province } from '../province/province.entity.js';
import { Sector } from '../sector/sector.entity.js';
import { ReportedFigure } from './reported-figure.entity.js';
import { DATE_ORDER, inDateOrder } from './reported-figure.order.js';

@Resolver(() => ReportedFigure)
export class ReportedFigureResolver {
  @Query(() => [ReportedFigure], { description: `Official figures exactly as published, with source and date; never computed by Amity. ${DATE_ORDER}` })
  async reportedFigures(@Ctx() { em }: Context, @Arg('metric', { nullable: true }) metric?: string): Promise<ReportedFigure[]> {
    return inDateOrder(await em.find(ReportedFigure, metric ? { metric } : {}));
  }

  @FieldResolver(() => Province, { nullable: true })
  province(@Root() f: ReportedFigure, @Ctx() { loaders }: Context): Promise<Province | null> | null {
    return loaders.ref(Province, f.province);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() f: ReportedFigure, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return loaders.ref(Organization, f.organization);
  }

  @FieldResolver(() => Sector, { nullable: true })
  sector(@Root() f: ReportedFigure, @Ctx() { loaders }: Context): Promise<Sector | null> | null {
    return loaders.ref(Sector, f.sector);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event at which the figure was reported.' })
  event(@Root() f: ReportedFigure, @Ctx() { loaders }: Context): Promise<Event | null> | null {
    return loaders.ref(Event, f.event);
  }
}
