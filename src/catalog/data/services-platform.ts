import { DrMode, HaMode, NodePool, Placement, PriorityLevel, ServiceSpec } from '../types';

/**
 * Services that only the platform guide describes (003 §2.1 "Included services", priorities
 * 003 §7.4). No service guide for them is part of the spec, so no listening ports are recorded.
 *
 * Ids follow the guides' names where a guide gives one (`gauth-auth` and `gauth-environment` are the
 * service hosts the CX Contact guide calls, 002 §2.2); otherwise the product id plus the component.
 * A component that 003 §7.4 gives no priority to takes the priority its group's table rows give its
 * closest sibling; each such choice is commented.
 */
const REALTIME = { nodePool: NodePool.REALTIME } as const;

export const PLATFORM_SERVICES: ServiceSpec[] = [
  svc('gauth-auth', 'gauth', 'Authentication Service', PriorityLevel.CRITICAL, '003 §7.4 "Authentication Service (API)"'),
  svc('gauth-ui', 'gauth', 'Authentication UI', PriorityLevel.CRITICAL, '003 §7.4'),
  svc('gauth-environment', 'gauth', 'Environment Service', PriorityLevel.CRITICAL, '003 §7.4'),

  svc('designer', 'designer', 'Designer', PriorityLevel.MEDIUM, '003 §2.3 #2; 003 §7.4', {
    placement: Placement.PRIMARY_ONLY,
    haModes: [HaMode.N_PLUS_ONE, HaMode.ACTIVE_ACTIVE],
    drMode: DrMode.PILOT_LIGHT,
  }),
  svc('das', 'designer', 'Designer Application Server', PriorityLevel.CRITICAL, '003 §2.3 #3; 003 §7.4 "Designer Application Service"', {
    placement: Placement.PRIMARY_OR_SECONDARY,
    haModes: [HaMode.N_PLUS_ONE, HaMode.ACTIVE_ACTIVE],
    drMode: DrMode.ACTIVE_SPARE,
  }),

  svc('gws-agent-setup', 'gws', 'Agent Setup', PriorityLevel.CRITICAL, '003 §7.4'),
  svc('gws-chat', 'gws', 'GWS Chat Service', PriorityLevel.HIGH, '003 §7.4'),
  svc('gws-configuration', 'gws', 'GWS Configuration Service', PriorityLevel.CRITICAL, '003 §7.4'),
  // No §7.4 row; it feeds statistics, which are high.
  svc('gws-data-collector', 'gws', 'GWS Data Collector Service', PriorityLevel.HIGH, '003 §2.1 #11'),
  // No §7.4 row; every request to the critical GWS services passes through it, so critical.
  svc('gws-ingress', 'gws', 'GWS Ingress', PriorityLevel.CRITICAL, '003 §2.1 #11'),
  svc('gws-interaction', 'gws', 'GWS Interaction Service', PriorityLevel.HIGH, '003 §7.4'),
  svc('gws-ocs', 'gws', 'GWS OCS Service', PriorityLevel.HIGH, '003 §7.4'),
  svc('gws-provisioning', 'gws', 'GWS Provisioning Service', PriorityLevel.HIGH, '003 §7.4'),
  // No §7.4 row; "GWS Services" is the shared API front, most of whose rows are high.
  svc('gws-services', 'gws', 'GWS Services', PriorityLevel.HIGH, '003 §2.1 #11'),
  svc('gws-setting', 'gws', 'GWS Setting Service', PriorityLevel.CRITICAL, '003 §7.4'),
  svc('gws-statistics', 'gws', 'GWS Statistics Service', PriorityLevel.HIGH, '003 §7.4'),
  svc('gws-ucs', 'gws', 'GWS UCS Service', PriorityLevel.HIGH, '003 §7.4'),
  svc('gws-voice', 'gws', 'GWS Voice Service', PriorityLevel.CRITICAL, '003 §7.4'),
  svc('gws-workspace', 'gws', 'GWS Workspace Service', PriorityLevel.CRITICAL, '003 §7.4'),

  svc('wwe', 'wwe', 'Workspace Web Edition', PriorityLevel.CRITICAL, '003 §7.4 "Workspace Web Edition (9.x)"'),
  // Media services carry live RTP sessions: real-time pool (003 §1.10).
  svc('webrtc-coturn', 'webrtc', 'WebRTC CoTurn Service', PriorityLevel.CRITICAL, '003 §7.4', REALTIME),
  svc('webrtc-gateway', 'webrtc', 'WebRTC Gateway Service', PriorityLevel.CRITICAL, '003 §7.4', REALTIME),

  svc('gvp-configserver', 'gvp', 'Voice Platform Configuration Server', PriorityLevel.CRITICAL, '003 §2.3 #4; 003 §7.4'),
  svc('gvp-mcp', 'gvp', 'Voice Platform Media Control Platform', PriorityLevel.CRITICAL, '003 §2.3 #5; 003 §7.4', REALTIME),
  svc('gvp-rs', 'gvp', 'Voice Platform Reporting Server', PriorityLevel.HIGH, '003 §2.3 #6; 003 §7.4'),
  svc('gvp-rm', 'gvp', 'Voice Platform Resource Manager', PriorityLevel.CRITICAL, '003 §2.3 #7; 003 §7.4', REALTIME),
  // No §7.4 row; the Resource Manager finds Media Control Platforms through it, both critical.
  svc('gvp-sd', 'gvp', 'Voice Platform Service Discovery', PriorityLevel.CRITICAL, '003 §2.3 #8'),

  svc('gim', 'gim', 'Genesys Info Mart', PriorityLevel.HIGH, '003 §7.4'),
  svc('gca', 'gim', 'GIM Config Adapter', PriorityLevel.MEDIUM, '003 §6.4; 003 §7.4', { namespace: 'gca' }),
  svc('gsp', 'gim', 'GIM Stream Processor', PriorityLevel.HIGH, '003 §6.4; 003 §7.4', { namespace: 'gsp' }),

  svc('ucsx', 'ucsx', 'Universal Contact Service', PriorityLevel.HIGH, '003 §7.4 "UCS-X"'),
  svc('iwd', 'iwd', 'Intelligent Workload Distribution', PriorityLevel.HIGH, '003 §7.4'),
  svc('iwddm', 'iwddm', 'IWD Data Mart', PriorityLevel.MEDIUM, '003 §7.4 "IWD DataMart"'),
  svc('email', 'email', 'Email Service', PriorityLevel.HIGH, '003 §7.4'),
  svc('tlm', 'tlm', 'Telemetry Service', PriorityLevel.HIGH, '003 §7.4'),
  svc('nexus', 'nexus', 'Digital Channels', PriorityLevel.HIGH, '003 §7.4 "Nexus"'),
  // 003 §2.1 lists AI Connector as the one included service of the Digital Channels row; no §7.4 row,
  // so it takes Nexus's priority.
  svc('ai-connector', 'nexus', 'AI Connector', PriorityLevel.HIGH, '003 §2.1 #3'),

  svc('pulse', 'pulse', 'Pulse Web Service', PriorityLevel.HIGH, '003 §2.1 #9; 003 §7.4 "Pulse web backend"'),
  svc('pulse-dcu', 'pulse', 'Tenant Data Collection Unit', PriorityLevel.HIGH, '003 §2.1 #9; 003 §7.4 "Tenant Collector"'),
  svc('pulse-lds', 'pulse', 'Tenant Load Distribution Server', PriorityLevel.HIGH, '003 §2.1 #9; 003 §7.4'),
  // No §7.4 row; every Pulse row there is high.
  svc('pulse-permissions', 'pulse', 'Tenant Permissions Service', PriorityLevel.HIGH, '003 §2.1 #9'),

  svc('gcxi', 'gcxi', 'Genesys CX Insights', PriorityLevel.MEDIUM, '003 §2.3 #17; 003 §7.4', {
    placement: Placement.PRIMARY_ONLY,
    haModes: [HaMode.ACTIVE_ACTIVE],
    drMode: DrMode.NOT_SUPPORTED,
  }),
  // No §7.4 row; it is GCXI's aggregation back end, and GCXI is medium.
  svc('raa', 'gcxi', 'Reporting and Analytics Aggregates', PriorityLevel.MEDIUM, '003 §2.3 #18', {
    placement: Placement.PRIMARY_OR_SECONDARY,
    haModes: [HaMode.ACTIVE_ACTIVE],
    drMode: DrMode.LIMITED_ACTIVE_SPARE,
  }),

  svc('bds', 'bds', 'Billing Data Service', PriorityLevel.MEDIUM, '003 §7.4 "BDS"'),
];

interface Overrides {
  readonly nodePool?: NodePool;
  readonly namespace?: string;
  readonly placement?: Placement;
  readonly haModes?: HaMode[];
  readonly drMode?: DrMode;
}

function svc(
  id: string,
  product: string,
  displayName: string,
  priority: PriorityLevel,
  source: string,
  overrides: Overrides = {},
): ServiceSpec {
  return { id, product, displayName, priority, ports: [], perTenant: false, source, ...overrides };
}
