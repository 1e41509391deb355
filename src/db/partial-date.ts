import { Embeddable, Enum, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars.js';

export enum DatePrecision {
  YEAR = 'YEAR',
  MONTH = 'MONTH',
  DAY = 'DAY',
}
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How much of a date the source states.',
  valuesConfig: {
    YEAR: { description: 'Only the year ("2021"): the date may be any day of it.' },
    MONTH: { description: 'The year and month ("2019-02"): the date may be any day of that month.' },
    DAY: { description: 'The exact day ("2023-03-17").' },
  },
});

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

  @Field(() => DateScalar, { description: 'Last day the date can mean (31 Dec for a year).' })
  @Property({ type: 'date' })
  end!: string;

  @Field(() => DatePrecision, { description: 'How much of the date the source states; `start` and `end` span what it leaves open.' })
  @Enum({ items: () => DatePrecision, nativeEnumName: 'date_precision' })
  precision!: DatePrecision;

  @Field({ description: 'The date as stated: YYYY, YYYY-MM or YYYY-MM-DD.' })
  get text(): string {
    const length = { YEAR: 4, MONTH: 7, DAY: 10 }[this.precision];
    return String(this.start).slice(0, length);
  }

  static parse(text: string): PartialDate;
  static parse(text: string | undefined | null): PartialDate | undefined;
  static parse(text: string | undefined | null): PartialDate | undefined {
    if (text == null) return undefined;
    const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text);
    if (!match) throw new RangeError(`not a partial date: ${text}`);
    const [, y, m, d] = match;
    const lastDay = new Date(Date.UTC(Number(y), m ? Number(m) : 12, 0)).getUTCDate();
    const date = Object.assign(new PartialDate(), {
      start: `${y}-${m ?? '01'}-${d ?? '01'}`,
      end: `${y}-${m ?? '12'}-${d ?? String(lastDay).padStart(2, '0')}`,
      precision: d ? DatePrecision.DAY : m ? DatePrecision.MONTH : DatePrecision.YEAR,
    });
    const parsed = new Date(`${date.start}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date.start) throw new RangeError(`not a calendar date: ${text}`);
    return date;
  }
}
