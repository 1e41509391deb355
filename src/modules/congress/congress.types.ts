import { ConnectionType } from '../../relay/connection.js';
import { Congress } from './congress.entity.js';

export const CongressConnection = ConnectionType<Congress>('Congress', () => Congress);
export type CongressConnection = InstanceType<typeof CongressConnection>;
