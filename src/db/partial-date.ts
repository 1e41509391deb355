import { Embeddable, Enum, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars.js';

export enum DatePrecision {
  YEAR = 'YEAR',
  MONTH = 'MONTH',
  DAY = 'DAY',
}
registerEnumType(DatePrecision, { name: 'DatePrecision', description: 'How much of a date the source states.' });

/**
 * A date as precise as its source: "2021", "2019-02" or "2023-03-17". `start` is the first day it can
 * mean (used for ordering and comparisons); `text` is what the source gives.
 */
@Embeddable()
@ObjectType({ description: 'A date known to a year, a month or a day, as the source states it.' })
export class PartialDate {
  @Field(() => DateScalar, { description: 'First day the date can mean.' })
  @Property({ type: 'date' })
  start!: string;

  @Field(() => DatePrecision)
  @Enum({ items: () => DatePrecision, nativeEnumName: 'date_precision' })
  precision!: DatePrecision;

  @Field({ description: 'The date as stated: YYYY, YYYY-MM or YYYY-MM-DD.' })
  get text(): string {
    const length = { YEAR: 4, MONTH: 7, DAY: 10 }[this.precision];
    return String(this.start).slice(0, length);
  }

  static parse(text: string): PartialDate {
    const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text);
    if (!match) throw new RangeError(`not a partial date: ${text}`);
    const [, y, m, d] = match;
    const date = Object.assign(new PartialDate(), {
      start: `${y}-${m ?? '01'}-${d ?? '01'}`,
      precision: d ? DatePrecision.DAY : m ? DatePrecision.MONTH : DatePrecision.YEAR,
    });
    if (Number.isNaN(Date.parse(date.start))) throw new RangeError(`not a calendar date: ${text}`);
    return date;
  }
}
