import { NodePool, PriorityLevel, ServiceSpec } from '../types';
import { tcp, udp } from './builders';

/**
 * The eleven Voice Microservices and the Tenant Service (000 §0, §1.2).
 *
 * Ids are the guide's Helm release names. Ports: 000 §0 and the derived listening-port table of
 * 000 §1.2; SIP ports from the Voice connectivity table (003 §5.3). Priorities: 003 §7.4.
 *
 * Node pools: the real-time pool is "for stateful voice services that require a drain time of 60
 * minutes or longer to maintain active voice sessions" (003 §1.10). The Voice guide's stateful
 * services are its four StatefulSets (ORS, RQ, SIP Cluster, SIP Proxy, 000 §0); the Tenant Service
 * holds the tenant's call models (the re-architected T-Server, 003 §7.4) and is stateful too.
 */
export const VOICE_SERVICES: ServiceSpec[] = [
  {
    id: 'voice-agent',
    product: 'voice',
    displayName: 'Voice Agent State Service',
    priority: PriorityLevel.CRITICAL,
    ports: [tcp('http', 11000, 'HTTP', 'metrics and health', '000 §0')],
    perTenant: false,
    source: '000 §0; 003 §7.4',
  },
  {
    id: 'voice-callthread',
    product: 'voice',
    displayName: 'Voice Call State Service',
    priority: PriorityLevel.CRITICAL,
    ports: [tcp('http', 11900, 'HTTP', 'metrics and health', '000 §0')],
    perTenant: false,
    source: '000 §0; 003 §7.4',
  },
  {
    id: 'voice-config',
    product: 'voice',
    displayName: 'Voice Config Service',
    priority: PriorityLevel.CRITICAL,
    ports: [tcp('http', 9100, 'HTTP', 'tenant configuration API and metrics', '000 §0; 000 §1.2 #15')],
    perTenant: false,
    source: '000 §0; 003 §7.4',
  },
  {
    id: 'voice-dialplan',
    product: 'voice',
    displayName: 'Voice Dial Plan Service',
    priority: PriorityLevel.CRITICAL,
    ports: [tcp('http', 8800, 'HTTP', 'dial plan API and metrics', '000 §0; 000 §1.2 #27')],
    perTenant: false,
    source: '000 §0; 003 §7.4',
  },
  {
    id: 'voice-sipfe',
    product: 'voice',
    displayName: 'Voice Front End Service',
    priority: PriorityLevel.CRITICAL,
    ports: [tcp('http', 9101, 'HTTP', 'call control requests and metrics', '000 §0; 000 §1.2 #31')],
    perTenant: false,
    source: '000 §0; 003 §7.4',
  },
  {
    id: 'voice-ors',
    product: 'voice',
    displayName: 'Voice Orchestration Service',
    priority: PriorityLevel.CRITICAL,
    ports: [
      tcp('http', 11200, 'HTTP', 'GVP requests and metrics', '000 §0; 000 §1.2 #21'),
      tcp('http-ges', 9098, 'HTTP', 'GES session diagnostics and events', '000 §0; 000 §1.2 #10'),
    ],
    nodePool: NodePool.REALTIME,
    perTenant: false,
    source: '000 §0; 003 §7.4',
  },
  {
    id: 'voice-registrar',
    product: 'voice',
    displayName: 'Voice Registrar Service',
    priority: PriorityLevel.CRITICAL,
    ports: [tcp('http', 11500, 'HTTP', 'metrics and health', '000 §0')],
    perTenant: false,
    source: '000 §0; 003 §7.4',
  },
  {
    id: 'voice-rq',
    product: 'voice',
    displayName: 'Voice Redis Queue Service',
    // 003 §7.4 has no row for RQ. It carries every TLib event to ORS; losing it stops routing like
    // losing any other critical voice service, so critical.
    priority: PriorityLevel.CRITICAL,
    ports: [
      tcp('rq', 12100, 'TCP', 'rq-client connections', '000 §0; 000 §1.2 #16'),
      tcp('metrics', 12000, 'HTTP', 'metrics', '000 §0'),
    ],
    nodePool: NodePool.REALTIME,
    perTenant: false,
    source: '000 §0',
  },
  {
    id: 'voice-sip',
    product: 'voice',
    displayName: 'Voice SIP Cluster Service',
    priority: PriorityLevel.CRITICAL,
    ports: [
      tcp('http', 11300, 'HTTP', 'TLib REST from Front End and metrics', '000 §0; 000 §1.2 #39'),
      tcp('sip', 5090, 'SIP', 'SIP from SIP Proxy', '003 §5.3 #3'),
    ],
    nodePool: NodePool.REALTIME,
    perTenant: false,
    source: '000 §0; 003 §7.4',
  },
  {
    id: 'voice-sipproxy',
    product: 'voice',
    displayName: 'Voice SIP Proxy Service',
    priority: PriorityLevel.CRITICAL,
    ports: [
      tcp('sip', 5080, 'SIP', 'SIP from SBC, SIP Cluster and GVP', '000 §1.2 #51; 003 §5.3 #1'),
      udp('sip-udp', 5080, 'SIP', 'SIP from WebRTC', '003 §5.3 #14'),
      tcp('metrics', 11400, 'HTTP', 'metrics', '000 §0'),
    ],
    nodePool: NodePool.REALTIME,
    perTenant: false,
    source: '000 §0; 003 §7.4',
  },
  {
    id: 'voice-voicemail',
    product: 'voice',
    displayName: 'Voice Voicemail Service',
    priority: PriorityLevel.HIGH,
    ports: [tcp('http', 8081, 'HTTP', 'IVR pages, admin and user API, metrics', '000 §0; 000 §1.2 #18')],
    perTenant: false,
    source: '000 §0; 003 §7.4',
  },
  {
    id: 'tenant',
    product: 'tenant',
    displayName: 'Tenant Service',
    priority: PriorityLevel.CRITICAL,
    ports: [
      tcp('tcp-5050', 5050, 'TCP', 'outbound campaign control', '000 §1.2 #1'),
      tcp('tcp-8888', 8888, 'TCP', 'configuration (provisioning)', '000 §1.2 #1'),
      tcp('tcp-8000', 8000, 'TCP', 'real-time reporting', '000 §1.2 #2'),
      tcp('tcp-2060', 2060, 'TCP', 'interaction status, voice control', '000 §1.2 #4'),
      // The guides disagree on the HTTP port GES calls: 000 §1.2 #8 prints 5080, while 001 §2.4 #13
      // and the 003 port list (§5.1: "HTTP 15000; 5580") print 5580. Both are exposed, so a GES
      // configured from either guide reaches the Tenant Service.
      tcp('http-5080', 5080, 'HTTP', 'routing requests from GES (000 reading)', '000 §1.2 #8'),
      tcp('http-5580', 5580, 'HTTP', 'URS virtual-queue EWT for GES', '001 §2.4 #13; 003 §5.1'),
    ],
    nodePool: NodePool.REALTIME,
    perTenant: true,
    source: '000 §0; 000 §1.2; 003 §7.4',
  },
];
