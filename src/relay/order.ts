import { registerEnumType } from 'type-graphql';

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'The direction of an ordering.',
  valuesConfig: { ASC: { description: 'Ascending: A to Z, oldest first, smallest first.' }, DESC: { description: 'Descending: Z to A, newest first, largest first.' } },
});

export const toQueryOrder = (direction: OrderDirection) => (direction === OrderDirection.DESC ? 'desc' : 'asc');
