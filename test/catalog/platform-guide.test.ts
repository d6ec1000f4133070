import { Catalog, DrMode, Guide, HaMode, Placement, PriorityLevel } from '../../src';
import { describeWithGuides, guideSection, tableRows } from '../support/guides';

/**
 * The catalogue against the platform guide's own tables (seed 003), read from the guide text. The
 * guide's tables name service groups and services in prose; the maps below say which catalogue id
 * each printed name is.
 */
describeWithGuides('catalogue against the platform guide (003)', () => {
  describe('namespaces (003 §6.4)', () => {
    const rows = tableRows(guideSection(Guide.PLATFORM, '| Service Group ', '### Namespace for third-party'), 'Service Group');
    const byGroup = new Map(rows.map(([group, names]) => [group, names]));

    // Printed service group → the catalogue products in it.
    const groups: Record<string, string[]> = {
      'Designer': ['designer'],
      'Genesys Web Services (GWS/GAPI)': ['gws'],
      'Genesys Engagement Service (Callback and Mobile)': ['ges'],
      'Historical Reporting Front-end (GCXI)': ['gcxi'],
      'Realtime Reporting': ['pulse'],
      'Digital/Nexus': ['nexus'],
      'Digital-Legacy (Ixn Server)': ['ixn'],
      'UCS-X': ['ucsx'],
      'IWD': ['iwd'],
      'CX-Contact': ['cxc'],
      'GVP': ['gvp'],
      'WebRTC': ['webrtc'],
      'Voice Microservices': ['voice'],
      'Voice Tenants': ['tenant'],
      'Telemetry': ['tlm'],
      'BDS (Billing)': ['bds'],
      'Genesys Authentication services': ['gauth'],
    };

    test.each(Object.entries(groups))('%s', (group, products) => {
      const printed = byGroup.get(group);
      expect(printed).toBeDefined();
      for (const product of products) {
        // IWD's cell reads "iwd - plus 2 additional namespaces - iwddm, iwdem": the first word is IWD's own.
        expect(printed!.split(/[ ,]/)[0]).toBe(Catalog.product(product).namespace);
      }
    });

    test('GIM, GCA and GSP each have their namespace from the "gim,gca,gsp" cell', () => {
      expect(byGroup.get('Historical Reporting Back-end (GIM)')).toBe('gim,gca,gsp');
      expect(['gim', 'gca', 'gsp'].map((id) => Catalog.service(id).namespace)).toEqual(['gim', 'gca', 'gsp']);
    });

    test('IWD Data Mart and Email take the two extra IWD namespaces', () => {
      expect(byGroup.get('IWD')).toContain('iwddm, iwdem');
      expect(Catalog.service('iwddm').namespace).toBe('iwddm');
      // Choice: the table has no Email row; IWD's Email Service takes the IWD namespace "iwdem".
      expect(Catalog.service('email').namespace).toBe('iwdem');
    });

    test('every namespace the catalogue uses is printed in the table', () => {
      const printed = new Set(rows.flatMap(([, names]) => names.split(/[ ,-]+/).filter((n) => /^[a-z]+$/.test(n))));
      for (const namespace of Catalog.namespaces()) expect(printed).toContain(namespace);
    });

    test('choice: Workspace Web Edition, which the table omits, runs in its service group\'s namespace gws', () => {
      expect(Catalog.service('wwe').namespace).toBe('gws');
    });
  });

  describe('priorities (003 §7.4)', () => {
    const rows = tableRows(guideSection(Guide.PLATFORM, '| Services Groups ', '*In private edition'), 'Services Groups');
    const printedPriority = new Map(rows.filter((r) => r.length === 3).map(([, service, priority]) => [service, priority.toLowerCase()]));

    // Printed service → catalogue service id.
    const services: Record<string, string> = {
      'Designer': 'designer',
      'Designer Application Service': 'das',
      '9.x GWS Chat Service': 'gws-chat',
      '9.x GWS Configuration Service': 'gws-configuration',
      '9.x GWS Interaction Service': 'gws-interaction',
      '9.x GWS OCS Service': 'gws-ocs',
      '9.x GWS Provisioning Service': 'gws-provisioning',
      '9.x GWS Setting Service': 'gws-setting',
      '9.x GWS Statistics Service': 'gws-statistics',
      '9.x GWS UCS Service': 'gws-ucs',
      '9.x GWS Voice Service': 'gws-voice',
      '9.x GWS Workspace Service': 'gws-workspace',
      'Workspace Web Edition (9.x)': 'wwe',
      'Agent Setup': 'gws-agent-setup',
      'Genesys Engagement Service': 'ges',
      'GIM': 'gim',
      'GCA': 'gca',
      'GSP': 'gsp',
      'GCXI': 'gcxi',
      'Pulse web backend': 'pulse',
      'Tenant Load Distribution Server (LDS)': 'pulse-lds',
      'Tenant Collector': 'pulse-dcu',
      'Nexus': 'nexus',
      'Interaction Server (IXN)': 'ixn',
      'UCS-X': 'ucsx',
      'IWD': 'iwd',
      'IWD DataMart': 'iwddm',
      'Email Service': 'email',
      'CX Contact API Aggregator': 'cxc-api-aggregator',
      'CX Contact Campaign Manager': 'cxc-campaign-manager',
      'CX Contact Compliance Manager': 'cxc-compliance-manager',
      'CX Contact Job Scheduler': 'cxc-job-scheduler',
      'CX Contact List Builder': 'cxc-list-builder',
      'CX Contact List Manager': 'cxc-list-manager',
      'CX Contact UI': 'cxc-ui',
      'Voice Platform MCP': 'gvp-mcp',
      'Voice Platform Reporting Server': 'gvp-rs',
      'Voice Platform RM': 'gvp-rm',
      'Voice Platform Config Server': 'gvp-configserver',
      'WebRTC CoTurn Service': 'webrtc-coturn',
      'WebRTC Gateway Service': 'webrtc-gateway',
      'Voicemail Service': 'voice-voicemail',
      'Dialplan Service': 'voice-dialplan',
      'Config Service': 'voice-config',
      'Orchestration Service': 'voice-ors',
      'Frontend Service': 'voice-sipfe',
      'SIP Cluster Service': 'voice-sip',
      'Registrar Service': 'voice-registrar',
      'Agent State Service': 'voice-agent',
      'Call State Service': 'voice-callthread',
      'SIP Proxy': 'voice-sipproxy',
      'Tenant Service*': 'tenant',
      'Telemetry Service': 'tlm',
      'Generates usage billing data': 'bds',
      'Authentication Service (API)': 'gauth-auth',
      'Environment Service': 'gauth-environment',
      'Authentication UI': 'gauth-ui',
    };

    test.each(Object.entries(services))('%s', (printed, id) => {
      expect(printedPriority.get(printed)).toBeDefined();
      expect(Catalog.service(id).priority).toBe(printedPriority.get(printed));
    });

    test('priority class values are the table\'s', () => {
      const values = new Map(
        tableRows(guideSection(Guide.PLATFORM, '| Priority ', 'The following table illustrates'))
          .filter((r) => /^[\d,]+$/.test(r[1] ?? ''))
          .map(([level, value]) => [level.toLowerCase(), Number(value.replace(/,/g, ''))]),
      );
      expect(Catalog.priorityClass(PriorityLevel.CRITICAL).value).toBe(values.get('critical'));
      expect(Catalog.priorityClass(PriorityLevel.HIGH).value).toBe(values.get('high'));
      expect(Catalog.priorityClass(PriorityLevel.MEDIUM).value).toBe(values.get('medium'));
      // The fourth row's level cell is blank; its value is 0.
      expect(Catalog.priorityClass(PriorityLevel.LOW).value).toBe(values.get(''));
    });

    test('the class names the guide prints are the catalogue\'s, and "high" follows their pattern', () => {
      const text = guideSection(Guide.PLATFORM, 'Override the default service priority', 'priorityClassName:').join('\n');
      for (const level of [PriorityLevel.CRITICAL, PriorityLevel.MEDIUM, PriorityLevel.LOW]) {
        expect(text).toContain(Catalog.priorityClass(level).name);
      }
      // Choice: the guide prints no class for High; it is named after the same pattern.
      expect(Catalog.priorityClass(PriorityLevel.HIGH).name).toBe('genesysengage-high-priority');
    });

    test('choices for services the table has no row for', () => {
      expect(Catalog.service('voice-rq').priority).toBe(PriorityLevel.CRITICAL);
      expect(Catalog.service('cxc-dial-manager').priority).toBe(PriorityLevel.HIGH);
      expect(printedPriority.has('Voice RQ Service')).toBe(false);
    });
  });

  describe('placement, HA and DR (003 §2.3)', () => {
    const rows = tableRows(
      guideSection(Guide.PLATFORM, '| Service & Included Services ', '# Networking overview'),
      'Service & Included Services',
    );

    // The table's rows in order; most names were lost in the PDF, so each row's catalogue id is the
    // extraction's reading (shared/spec/003-platform.md §2.3). Row 22 (⚠ Event Stream) is not catalogued.
    const rowIds = [
      'gauth-auth', 'designer', 'das', 'gvp-configserver', 'gvp-mcp', 'gvp-rs', 'gvp-rm', 'gvp-sd',
      'gws-configuration', 'wwe', 'ges', 'ai-connector', 'nexus', 'iwddm', 'iwd',
      'cxc-ui', 'gcxi', 'raa', 'gim', 'pulse', 'tenant', undefined, 'tlm', 'ucsx', 'voice-ors', 'webrtc-gateway',
    ];

    test('the table has the 26 rows the extraction counted', () => {
      expect(rows).toHaveLength(26);
    });

    test.each(rowIds.map((id, i) => [i + 1, id] as const).filter(([, id]) => id !== undefined))('row %d is %s', (row, id) => {
      const [, ha, dr, where] = rows[row - 1];
      const info = Catalog.service(id!);
      if (where) expect(info.placement).toBe(where === 'Primary unit only' ? Placement.PRIMARY_ONLY : Placement.PRIMARY_OR_SECONDARY);
      if (dr) expect(info.drMode).toBe(DR[dr]);
      expect(new Set(info.haModes)).toEqual(new Set(haModesIn(ha)));
    });

    test('choice: Interaction Server is primary only with no HA or DR (004 §5, 003 §1.4)', () => {
      const ixn = Catalog.service('ixn');
      expect(ixn.placement).toBe(Placement.PRIMARY_ONLY);
      expect(ixn.haModes).toEqual([HaMode.NOT_APPLICABLE]);
      expect(ixn.drMode).toBe(DrMode.NOT_SUPPORTED);
    });
  });

  describe('deployment waves (003 §7.1)', () => {
    const steps = guideSection(Guide.PLATFORM, '1. Deploy Consul and Kafka', '# Downloading').filter((l) => /^\d\. /.test(l));
    const printedIn: Record<string, string> = {
      gauth: '(GAuth)',
      voice: 'Voice service',
      tenant: 'Tenant service',
      gws: 'Genesys Web Services (GWS)',
      wwe: 'Workspace Web Edition (WWE)',
      webrtc: 'WebRTC',
      gvp: 'Genesys Voice Platform (GVP)',
      gim: 'Genesys Info Mart (GIM)',
      designer: 'Designer',
      ucsx: 'Universal Contact Service (UCS)',
      iwd: 'Intelligent Workload Distribution (IWD)',
      tlm: 'Telemetry',
      nexus: 'Nexus',
      cxc: 'CX Contact',
      ges: 'Genesys Engagement Service (GES)',
      pulse: 'Pulse',
      ixn: 'Interaction Server',
      iwddm: 'IWD Datamart (IWDDM)',
      gcxi: 'Genesys Customer Experience Insights (GCXI)',
    };

    test('the guide lists nine steps', () => expect(steps).toHaveLength(9));

    test.each(Object.entries(printedIn))('%s is deployed in the step that names %s', (product, printed) => {
      const step = steps.findIndex((s) => s.includes(printed)) + 1;
      expect(step).toBeGreaterThan(0);
      expect(Catalog.product(product).wave).toBe(step);
    });

    test('choices for products the steps do not name: Email with IWD, Billing last', () => {
      expect(steps.join(' ')).not.toMatch(/Email|BDS|Billing/);
      expect(Catalog.product('email').wave).toBe(Catalog.product('iwd').wave);
      expect(Catalog.product('bds').wave).toBe(9);
    });
  });
});

const DR: Record<string, DrMode> = {
  'Active-spare': DrMode.ACTIVE_SPARE,
  'Limited active spare': DrMode.LIMITED_ACTIVE_SPARE,
  'Pilot light': DrMode.PILOT_LIGHT,
  'Not supported': DrMode.NOT_SUPPORTED,
};

function haModesIn(cell: string): HaMode[] {
  const modes: HaMode[] = [];
  if (cell.includes('N = N (N+1)')) modes.push(HaMode.N_PLUS_ONE);
  if (cell.includes('N = 2 (active-active)')) modes.push(HaMode.ACTIVE_ACTIVE);
  if (cell.includes('N = 1 (singleton)')) modes.push(HaMode.SINGLETON);
  if (cell.includes('Cronjob')) modes.push(HaMode.CRON_JOB);
  return modes;
}
