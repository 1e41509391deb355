import { ConnectionType } from '../../relay/connection.js';
import { Body } from './body.entity.js';

export const BodyConnection = ConnectionType<Body>('Body', () => Body);
export type BodyConnection = InstanceType<typeof BodyConnection>;
