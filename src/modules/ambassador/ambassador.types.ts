import { ConnectionType } from '../../relay/connection.js';
import { AmbassadorPosting } from './ambassador-posting.entity.js';

export const AmbassadorPostingConnection = ConnectionType<AmbassadorPosting>('AmbassadorPosting', () => AmbassadorPosting);
export type AmbassadorPostingConnection = InstanceType<typeof AmbassadorPostingConnection>;
