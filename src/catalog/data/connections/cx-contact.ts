import { external, product, service } from './endpoints';
import { ConnectionClass, ConnectionSpec } from '../../types';

/**
 * The CX Contact connections table (002 §2.3): 13 rows, in the table's order. "CX Contact" and "CX
 * Contact Backend" name the product; named components resolve to their `cxc-*` services. "Outbound"
 * (Outbound Contact Server) and "Config server" are legacy functions that the platform guide says are
 * re-architected into the Tenant Service (003 §7.4), so they resolve to `tenant`. Row #3 prints the
 * compliance data provider as the source and row #1 prints RTP/RTCP on 443; both stay as printed,
 * with a note.
 */

const CXC = product('cxc', 'CX Contact');
const OUTBOUND = service('tenant', 'Outbound');
const GWS = product('gws', 'GWS');
const POSTGRES = external('postgres', 'PostgreSQL');

export const CX_CONTACT_CONNECTIONS: ConnectionSpec[] = [
  {
    row: '#1',
    from: external('internet-client', 'Customer Browser/API'),
    to: external('ingress-gateway', 'CXC Front-end Ingress'),
    protocol: 'RTP/RTCP',
    ports: [443],
    classification: ConnectionClass.INGRESS,
    purpose: 'browser or API client traffic into CX Contact',
    note: 'RTP/RTCP is printed as is (the extraction marks it sic): the port is 443 and the data column describes browser and API clients, which suggests HTTPS. The CX Contact front-end ingress is modelled as the ingress gateway.',
    source: '002 §2.3 #1',
  },
  {
    row: '#2',
    from: service('cxc-job-scheduler', 'CX Contact Job Scheduler'),
    to: external('sftp', 'SFTP server'),
    protocol: 'TCP',
    ports: [20, 21, 22],
    classification: ConnectionClass.EGRESS,
    purpose: 'authenticates on the customer SFTP server',
    source: '002 §2.3 #2',
  },
  {
    row: '#3',
    from: external('compliance-data-provider', 'Compliance data provider'),
    to: service('cxc-list-builder', 'CX Contact List Builder'),
    protocol: 'HTTP',
    ports: [443],
    classification: ConnectionClass.EGRESS,
    purpose: 'reads compliance data and rules',
    note: 'Direction printed backwards in the guide (the provider is shown as the client of an Egress connection); kept as printed.',
    source: '002 §2.3 #3',
  },
  {
    row: '#4',
    from: service('cxc-ui', 'CX Contact UI'),
    to: product('cxc', 'CX Contact Backend'),
    protocol: 'HTTP',
    ports: [3004, 3005, 3006, 3007, 3008],
    classification: ConnectionClass.INTRA_CLUSTER,
    purpose: 'UI calls to the back-end services',
    note: 'The guide does not say which back-end component owns which port of 3004-3008, so the back end is the whole product.',
    source: '002 §2.3 #4',
  },
  {
    row: '#5',
    from: CXC,
    to: external('redis', 'Redis'),
    protocol: 'TCP',
    ports: [6379],
    classification: ConnectionClass.EGRESS,
    purpose: 'cache of user sessions and dialling history',
    source: '002 §2.3 #5',
  },
  {
    row: '#6',
    from: CXC,
    to: external('nfs', 'Network file share'),
    protocol: 'TCP',
    ports: [2049],
    classification: ConnectionClass.EGRESS,
    purpose: 'import and export files for contact and suppression lists',
    source: '002 §2.3 #6',
  },
  {
    row: '#7',
    from: CXC,
    to: POSTGRES,
    protocol: 'TCP',
    ports: [5432],
    classification: ConnectionClass.EGRESS,
    purpose: 'contact and suppression list data',
    source: '002 §2.3 #7',
  },
  {
    row: '#8',
    from: OUTBOUND,
    to: CXC,
    protocol: 'TCP',
    ports: [8888],
    classification: ConnectionClass.INGRESS,
    purpose: 'Outbound Contact Server back end to CX Contact',
    note: 'Outbound (Outbound Contact Server) is a legacy function re-architected into the Tenant Service (003 §7.4), so `tenant`. 000 §1.2 #1 prints the opposite direction (CX Contact to the Tenant Service on 5050, 8888), and 8888 is a Tenant Service port; kept as printed.',
    source: '002 §2.3 #8',
  },
  {
    row: '#9',
    from: GWS,
    to: OUTBOUND,
    protocol: 'TCP',
    ports: [5050],
    classification: ConnectionClass.INTRA_CLUSTER,
    purpose: 'configuration data between GWS and OCS',
    note: 'Outbound (Outbound Contact Server) is a legacy function re-architected into the Tenant Service (003 §7.4), so `tenant`.',
    source: '002 §2.3 #9',
  },
  {
    row: '#10',
    from: GWS,
    to: service('tenant', 'Config server'),
    protocol: 'TCP',
    ports: [8888],
    classification: ConnectionClass.INTRA_CLUSTER,
    purpose: 'configuration data from Config Server',
    note: 'Config Server is a legacy function re-architected into the Tenant Service (003 §7.4), so `tenant`.',
    source: '002 §2.3 #10',
  },
  {
    row: '#11',
    from: CXC,
    to: GWS,
    protocol: 'HTTP/HTTPS',
    ports: [443],
    classification: ConnectionClass.EGRESS,
    purpose: 'config, campaigns, tenant settings and authentication',
    source: '002 §2.3 #11',
  },
  {
    row: '#12',
    from: CXC,
    to: product('nexus', 'Nexus'),
    protocol: 'HTTP/HTTPS',
    ports: [443],
    classification: ConnectionClass.EGRESS,
    purpose: 'SMS and email support',
    source: '002 §2.3 #12',
  },
  {
    row: '#13',
    from: OUTBOUND,
    to: POSTGRES,
    protocol: 'TCP',
    ports: [5432],
    classification: ConnectionClass.EGRESS,
    purpose: 'Outbound updates contact list data',
    note: 'Outbound (Outbound Contact Server) is a legacy function re-architected into the Tenant Service (003 §7.4), so `tenant`.',
    source: '002 §2.3 #13',
  },
];
