import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs } from '../../relay/connection.js';
import { Event } from '../event/event.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Province } from '../province/province.entity.js';
import { Sector } from '../sector/sector.entity.js';
import { ReportedFigure } from './reported-figure.entity.js';
import { DATE_ORDER } from './reported-figure.order.js';
import { reportedFigurePages } from './reported-figure.service.js';
import { ReportedFigureConnection } from './reported-figure.types.js';

@Resolver(() => ReportedFigure)
export class ReportedFigureResolver {
  @Query(() => ReportedFigureConnection, { description: `Official figures exactly as published, with source and date; never computed by Amity. ${DATE_ORDER}` })
  async reportedFigures(@Args() args: ConnectionArgs, @Ctx() ctx: Context, @Arg('metric', { nullable: true, description: 'Only figures of this metric (FNGO_COUNT, AID_USD, ...; default: every metric).' }) metric?: string): Promise<ReportedFigureConnection> {
    return ReportedFigureConnection.ofPage(await reportedFigurePages(ctx, args, { metric }));
  }

  @FieldResolver(() => Province, { nullable: true, description: 'The province the figure is about; null when it is not about one.' })
  province(@Root() f: ReportedFigure, @Ctx() { loaders }: Context): Promise<Province | null> | null {
    return loaders.ref(Province, f.province);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization the figure is about; null when it is not about one.' })
  organization(@Root() f: ReportedFigure, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return loaders.ref(Organization, f.organization);
  }

  @FieldResolver(() => Sector, { nullable: true, description: 'The sector the figure is about (aid to health care, ...); null when it is not about one.' })
  sector(@Root() f: ReportedFigure, @Ctx() { loaders }: Context): Promise<Sector | null> | null {
    return loaders.ref(Sector, f.sector);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event at which the figure was reported.' })
  event(@Root() f: ReportedFigure, @Ctx() { loaders }: Context): Promise<Event | null> | null {
    return loaders.ref(Event, f.event);
  }
}
