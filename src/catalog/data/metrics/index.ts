import { CXC_METRICS } from './cxc';
import { GES_METRICS } from './ges';
import { IXN_METRICS } from './ixn';
import { KUBERNETES_METRICS } from './kubernetes';
import { VOICE_METRICS } from './voice';
import { MetricFact } from '../../monitoring-types';

/** Every service's metrics (000 §6.2, 001 §6.2, 002 §6.2, 004 §6.2-6.3), reconciled with the vendor's rules and dashboards. */
export const SERVICE_METRICS: MetricFact[] = [...VOICE_METRICS, ...GES_METRICS, ...CXC_METRICS, ...IXN_METRICS];

/** The series of Kubernetes itself that every service's pods have. */
export { KUBERNETES_METRICS };
