import { findRows } from '../../db/rows.js';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { defineLoader, grouped } from '../../graphql/loaders.js';
import { Person } from '../person/person.entity.js';
import { LegalInstrument, LegalRule } from './legal.entity.js';
import { notPaged } from '../../relay/connection.js';

const rulesOf = defineLoader<string, LegalRule[]>(async (em, ids) =>
  grouped(ids, await findRows(em, LegalRule, { instrument: { $in: [...ids] } }, { key: 'asc' }), (r) => r.instrument.id));

@Resolver(() => LegalInstrument)
export class LegalInstrumentResolver {
  @Query(() => [LegalInstrument], { description: `Legal and political instruments the directory refers to (Decree 58/2022 on foreign NGOs, Resolution 202/2025 on the province merger, ...). ${notPaged('a reference list, loaded with the reference data and not written through the API')}` })
  legalInstruments(@Ctx() { em }: Context): Promise<LegalInstrument[]> {
    return findRows(em, LegalInstrument, {}, { issuedOn: { start: 'desc' }, key: 'asc' });
  }

  @FieldResolver(() => [LegalRule], { description: `The rules the directory applies from this instrument, by key. ${notPaged('the few rules of one instrument, part of the reference data')}` })
  rules(@Root() instrument: LegalInstrument, @Ctx() { loaders }: Context): Promise<LegalRule[]> {
    return loaders.use(rulesOf).load(instrument.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who signed it, where the directory records the person; null otherwise.' })
  signedBy(@Root() instrument: LegalInstrument, @Ctx() { loaders }: Context): Promise<Person | null> | null {
    return loaders.ref(Person, instrument.signedBy);
  }
}

@Resolver(() => LegalRule)
export class LegalRuleResolver {
  @FieldResolver(() => LegalInstrument, { description: 'The instrument the rule is from.' })
  async instrument(@Root() rule: LegalRule, @Ctx() { loaders }: Context): Promise<LegalInstrument> {
    return (await loaders.byId(LegalInstrument).load(rule.instrument.id))!;
  }
}
