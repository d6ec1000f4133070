import { ChartFact } from '../../chart-types';
import { TENANT_CHART } from './tenant-chart';
import { VOICE_CHARTS } from './voice-charts';

/** Every Genesys chart the library computes values for. */
export const CHARTS: ChartFact[] = [...VOICE_CHARTS, TENANT_CHART];
