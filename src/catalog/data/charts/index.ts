import { CX_CONTACT_CHART } from './cx-contact-charts';
import { GES_CHART } from './ges-charts';
import { INTERACTION_SERVER_CHART } from './interaction-server-charts';
import { TENANT_CHART } from './tenant-chart';
import { VOICE_CHARTS } from './voice-charts';
import { ChartFact } from '../../chart-types';

/** Every Genesys chart the library computes values for. */
export const CHARTS: ChartFact[] = [...VOICE_CHARTS, TENANT_CHART, GES_CHART, CX_CONTACT_CHART, INTERACTION_SERVER_CHART];
