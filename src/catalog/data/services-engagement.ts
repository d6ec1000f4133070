import { PriorityLevel, ServiceSpec } from '../types';
import { tcp } from './builders';

/**
 * Genesys Engagement Service (001), CX Contact (002) and Interaction Server (004).
 */
export const ENGAGEMENT_SERVICES: ServiceSpec[] = [
  {
    id: 'ges',
    product: 'ges',
    displayName: 'Genesys Engagement Service',
    priority: PriorityLevel.HIGH,
    ports: [
      tcp('http', 3050, 'HTTP', 'internal API, health and metrics', '001 §1.2; 001 §2.4 #7'),
      // The parameter table says the external port is "typically 2050"; one sample values file sets
      // 3005. The table states the default, the sample is one deployment's choice: 2050.
      tcp('http-external', 2050, 'HTTP', 'external callback API', '001 §1.2'),
    ],
    perTenant: false,
    source: '001 §1; 003 §7.4',
  },

  // CX Contact: the guide names seven back-end components and a UI, and gives each back-end
  // component's metrics port (002 §1.1). It gives no Kubernetes names, so the ids are `cxc-` plus
  // the component name. The UI reaches the back end on 3004-3008 (002 §2.3 #4) without saying which
  // component owns which port, so those ports are not assigned to a component here.
  cxc('cxc-api-aggregator', 'CX Contact API Aggregator', 9102),
  cxc('cxc-campaign-manager', 'CX Contact Campaign Manager', 3106),
  cxc('cxc-compliance-manager', 'CX Contact Compliance Manager', 3107),
  // 003 §7.4 has no row for Dial Manager; every other CX Contact component is high.
  cxc('cxc-dial-manager', 'CX Contact Dial Manager', 3109),
  cxc('cxc-job-scheduler', 'CX Contact Job Scheduler', 3108),
  cxc('cxc-list-builder', 'CX Contact List Builder', 3104),
  cxc('cxc-list-manager', 'CX Contact List Manager', 3105),
  {
    id: 'cxc-ui',
    product: 'cxc',
    displayName: 'CX Contact UI',
    priority: PriorityLevel.HIGH,
    ports: [],
    perTenant: false,
    source: '002 §1.1; 003 §2.1 #1; 003 §7.4',
  },

  // Interaction Server: one release `ixn-<short tenant id>` per tenant (004 §1.2). The parameter
  // table and the sample values disagree on every port; the architecture connections table, which
  // is what the other services are configured against, agrees with the sample for the protocol
  // ports (7120, 7122) and with the table for the health ports (13131, 13133, 13139). That table's
  // values are used.
  {
    id: 'ixn',
    product: 'ixn',
    displayName: 'Interaction Server (IXN Server and IXN Node)',
    priority: PriorityLevel.HIGH,
    ports: [
      tcp('server-default', 7120, 'TCP', 'IXN protocol', '004 §1.3; 004 §2.4 #2'),
      tcp('server-health', 13131, 'HTTP', 'IXN Server metrics', '004 §2.4 #12'),
      tcp('node-default', 13133, 'HTTP', 'IXN Node metrics', '004 §2.4 #11'),
    ],
    perTenant: true,
    source: '004 §1; 003 §7.4',
  },
  {
    id: 'ixn-vqnode',
    product: 'ixn',
    displayName: 'Interaction Server VQ Node',
    priority: PriorityLevel.HIGH,
    ports: [
      tcp('vqnode-default', 7122, 'TCP', 'virtual-queue events from URS, to StatServer', '004 §1.3; 004 §2.4 #8'),
      tcp('vqnode-health', 13139, 'HTTP', 'VQ Node metrics', '004 §2.4 #10'),
    ],
    perTenant: true,
    source: '004 §1; 003 §7.4',
  },
];

function cxc(id: string, displayName: string, metricsPort: number): ServiceSpec {
  return {
    id,
    product: 'cxc',
    displayName,
    priority: PriorityLevel.HIGH,
    ports: [tcp('metrics', metricsPort, 'HTTP', 'metrics', '002 §1.1')],
    perTenant: false,
    source: '002 §1.1; 003 §7.4',
  };
}
