import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { selectedNodeFields } from '../../graphql/selection.js';
import { linkedRows } from '../../db/rows.js';
import { defineLoader } from '../../graphql/loaders.js';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs } from '../../relay/connection.js';
import { ROOT } from '../../relay/grouped-page.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Sector } from '../sector/sector.entity.js';
import { PartnershipSector } from './partnership-sector.entity.js';
import { Partnership } from './partnership.entity.js';
import { partnershipPages } from './partnership.service.js';
import { PartnershipConnection, PartnershipFilter } from './partnership.types.js';
import { notPaged } from '../../relay/connection.js';

const sectorsByPartnership = defineLoader<string, Sector[]>((em, ids) =>
  linkedRows(em, Sector, { entity: PartnershipSector, from: 'partnership', to: 'sector' }, ids, 't.key'),
);

@Resolver(() => Partnership)
export class PartnershipResolver {
  @Query(() => PartnershipConnection, { description: 'Partnerships across the network, newest first.' })
  async partnerships(@Args() args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Arg('filter', () => PartnershipFilter, { nullable: true, description: 'Conditions the partnerships must meet (default: prospect and active ones, synthetic ones left out).' }) filter?: PartnershipFilter): Promise<PartnershipConnection> {
    return PartnershipConnection.ofPage(await (await partnershipPages(ctx, 'root', args, filter, selectedNodeFields(info))).load(ROOT));
  }

  @FieldResolver(() => Organization, { description: 'The organization of the network that holds the partnership.' })
  async organization(@Root() p: Partnership, @Ctx() { loaders }: Context): Promise<Organization> {
    return (await loaders.ref(Organization, p.organization))!;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The partner, when it is an organization.' })
  partnerOrganization(@Root() p: Partnership, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return loaders.ref(Organization, p.partnerOrganization);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The partner, when it is a person (a scientist, ...).' })
  partnerPerson(@Root() p: Partnership, @Ctx() { loaders }: Context): Promise<Person | null> | null {
    return loaders.ref(Person, p.partnerPerson);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who leads the partnership on the network’s side.' })
  lead(@Root() p: Partnership, @Ctx() { loaders }: Context): Promise<Person | null> | null {
    return loaders.ref(Person, p.lead);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who leads it on the partner’s side.' })
  partnerLead(@Root() p: Partnership, @Ctx() { loaders }: Context): Promise<Person | null> | null {
    return loaders.ref(Person, p.partnerLead);
  }

  @FieldResolver(() => [Sector], { description: `Sectors the partnership works in. ${notPaged('a few of the sectors of the reference list')}` })
  sectors(@Root() p: Partnership, @Ctx() { loaders }: Context): Promise<Sector[]> {
    return loaders.use(sectorsByPartnership).load(p.id);
  }
}
