import { ConnectionType } from '../../relay/connection.js';
import { Person } from './person.entity.js';

export const PersonConnection = ConnectionType<Person>('Person', () => Person);
export type PersonConnection = InstanceType<typeof PersonConnection>;
