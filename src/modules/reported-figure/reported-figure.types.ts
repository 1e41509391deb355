import { ConnectionType } from '../../relay/connection.js';
import { ReportedFigure } from './reported-figure.entity.js';

export const ReportedFigureConnection = ConnectionType<ReportedFigure>('ReportedFigure', () => ReportedFigure);
export type ReportedFigureConnection = InstanceType<typeof ReportedFigureConnection>;
