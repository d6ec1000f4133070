import { DrMode, HaMode, Placement, ProductSpec } from '../types';

/**
 * The products of the 003 services list (003 §2.1), plus the Billing Data Service that the Voice
 * connections table names (000 §1.2 #3).
 *
 * Namespaces: 003 §6.4. Placement, HA and DR: 003 §2.3. Waves: 003 §7.1.
 *
 * The PDF lost the service names of most rows of 003 §2.1 and §2.3; the extraction inferred them
 * (marked ⚠ in shared/spec/003-platform.md). Where a service guide confirms a row, the comment says
 * so; every other reading is chosen here once, with the reason beside it, and tested in
 * test/catalog/products.test.ts.
 */
export const PRODUCTS: ProductSpec[] = [
  {
    id: 'gauth',
    displayName: 'Genesys Authentication',
    namespace: 'gauth',
    // ⚠ 003 §2.3 row 1: the row before "— Designer" carries no name; Genesys Authentication is the
    // only service of the documentation-area order that fits, and GAuth runs in every region (it is
    // a wave-2 dependency of everything voice-related), so primary or secondary.
    placement: Placement.PRIMARY_OR_SECONDARY,
    haModes: [HaMode.N_PLUS_ONE],
    drMode: DrMode.ACTIVE_SPARE,
    wave: 2,
    source: '003 §6.4; 003 §2.3 #1; 003 §7.1 step 2',
  },
  {
    id: 'voice',
    displayName: 'Voice Microservices',
    namespace: 'voice',
    // Confirmed by the Voice guide: "Voice Microservices N = N (N+1) Active-spare Primary or secondary unit".
    placement: Placement.PRIMARY_OR_SECONDARY,
    haModes: [HaMode.N_PLUS_ONE],
    drMode: DrMode.ACTIVE_SPARE,
    wave: 3,
    source: '003 §6.4; 003 §2.3 #25; 003 §7.1 step 3',
  },
  {
    id: 'tenant',
    displayName: 'Tenant Service',
    // 003 §6.4: "Voice Tenants" share the `voice` namespace.
    namespace: 'voice',
    // ⚠ 003 §2.3 row 21. Tenants are homed in a unit and backed by its pair partner (003 §1.5),
    // so the Tenant Service must be able to run in secondary units.
    placement: Placement.PRIMARY_OR_SECONDARY,
    haModes: [HaMode.N_PLUS_ONE],
    drMode: DrMode.ACTIVE_SPARE,
    wave: 4,
    source: '003 §6.4; 003 §2.3 #21; 003 §7.1 step 4',
  },
  {
    id: 'gws',
    displayName: 'Genesys Web Services and Applications',
    namespace: 'gws',
    // ⚠ 003 §2.3 row 9.
    placement: Placement.PRIMARY_OR_SECONDARY,
    haModes: [HaMode.N_PLUS_ONE],
    drMode: DrMode.ACTIVE_SPARE,
    wave: 5,
    source: '003 §6.4; 003 §2.3 #9; 003 §7.1 step 5',
  },
  {
    id: 'wwe',
    displayName: 'Workspace Web Edition',
    // 003 §6.4 has no row for WWE. §7.4 files "Workspace Web Edition (9.x)" under the service group
    // "Genesys Web Services (GWS/GAPI)", and namespaces are per service group, so `gws`.
    namespace: 'gws',
    // ⚠ 003 §2.3 row 10.
    placement: Placement.PRIMARY_OR_SECONDARY,
    haModes: [HaMode.N_PLUS_ONE],
    drMode: DrMode.ACTIVE_SPARE,
    wave: 5,
    source: '003 §7.4 (group); 003 §2.3 #10; 003 §7.1 step 5',
  },
  {
    id: 'webrtc',
    displayName: 'WebRTC Media Service',
    namespace: 'webrtc',
    // ⚠ 003 §2.3 row 26.
    placement: Placement.PRIMARY_OR_SECONDARY,
    haModes: [HaMode.N_PLUS_ONE],
    drMode: DrMode.ACTIVE_SPARE,
    wave: 5,
    source: '003 §6.4; 003 §2.3 #26; 003 §7.1 step 5',
  },
  {
    id: 'gvp',
    displayName: 'Genesys Voice Platform',
    namespace: 'gvp',
    // 003 §2.3 rows 4-8 name the five GVP components; all are primary or secondary.
    placement: Placement.PRIMARY_OR_SECONDARY,
    haModes: [HaMode.N_PLUS_ONE],
    drMode: DrMode.ACTIVE_SPARE,
    wave: 6,
    source: '003 §6.4; 003 §2.3 #4-#8; 003 §7.1 step 6',
  },
  {
    id: 'designer',
    displayName: 'Designer',
    namespace: 'designer',
    // The product row carries no values; its two services have their own rows (see services).
    placement: Placement.PRIMARY_ONLY,
    haModes: [HaMode.N_PLUS_ONE, HaMode.ACTIVE_ACTIVE],
    drMode: DrMode.PILOT_LIGHT,
    wave: 7,
    source: '003 §6.4; 003 §2.3 #2; 003 §7.1 step 7',
  },
  {
    id: 'gim',
    displayName: 'Genesys Info Mart',
    namespace: 'gim',
    // ⚠ 003 §2.3 row 19.
    placement: Placement.PRIMARY_OR_SECONDARY,
    haModes: [HaMode.SINGLETON],
    drMode: DrMode.LIMITED_ACTIVE_SPARE,
    wave: 7,
    source: '003 §6.4; 003 §2.3 #19; 003 §7.1 step 7',
  },
  {
    id: 'ucsx',
    displayName: 'Universal Contact Service',
    namespace: 'ucsx',
    // ⚠ 003 §2.3 row 24.
    placement: Placement.PRIMARY_ONLY,
    haModes: [HaMode.N_PLUS_ONE],
    drMode: DrMode.NOT_SUPPORTED,
    wave: 7,
    source: '003 §6.4; 003 §2.3 #24; 003 §7.1 step 7',
  },
  {
    id: 'iwd',
    displayName: 'Intelligent Workload Distribution',
    namespace: 'iwd',
    // ⚠ 003 §2.3 row 15 (the extraction's alternative, Interaction Server, is modelled from its own
    // guide instead: 004 says HA and DR do not apply to it).
    placement: Placement.PRIMARY_ONLY,
    haModes: [HaMode.SINGLETON],
    drMode: DrMode.NOT_SUPPORTED,
    wave: 7,
    source: '003 §6.4; 003 §2.3 #15; 003 §7.1 step 7',
  },
  {
    id: 'email',
    displayName: 'Email',
    // 003 §6.4 has no row for Email. It is IWD's Email Service (§7.4 files "Email Service" under IWD),
    // and IWD's extra namespaces are `iwddm` (Data Mart) and `iwdem`: Email is `iwdem`.
    namespace: 'iwdem',
    // No 003 §2.3 row fits Email; it is a digital channel, and digital channels are only supported
    // by the primary unit (003 §1.4).
    placement: Placement.PRIMARY_ONLY,
    haModes: [HaMode.N_PLUS_ONE],
    drMode: DrMode.NOT_STATED,
    // Not in 003 §7.1: deployed with IWD, in step 7.
    wave: 7,
    source: '003 §7.4 (group); 003 §1.4; 003 §7.1 step 7 (with IWD)',
  },
  {
    id: 'tlm',
    displayName: 'Telemetry Service',
    namespace: 'tlm',
    // ⚠ 003 §2.3 row 23.
    placement: Placement.PRIMARY_OR_SECONDARY,
    haModes: [HaMode.N_PLUS_ONE],
    drMode: DrMode.ACTIVE_SPARE,
    wave: 7,
    source: '003 §6.4; 003 §2.3 #23; 003 §7.1 step 7',
  },
  {
    id: 'nexus',
    displayName: 'Digital Channels',
    namespace: 'nexus',
    // ⚠ 003 §2.3 row 13; digital channels are only supported by the primary unit (003 §1.4).
    placement: Placement.PRIMARY_ONLY,
    haModes: [HaMode.N_PLUS_ONE],
    drMode: DrMode.NOT_SUPPORTED,
    wave: 7,
    source: '003 §6.4; 003 §2.3 #13; 003 §1.4; 003 §7.1 step 7',
  },
  {
    id: 'cxc',
    displayName: 'CX Contact',
    namespace: 'cxc',
    // Confirmed by the CX Contact guide: "CX Contact N = N (N+1) Not supported Primary or secondary
    // unit". It is usually deployed in the primary region; a deployment elsewhere is independent.
    placement: Placement.PRIMARY_OR_SECONDARY,
    haModes: [HaMode.N_PLUS_ONE],
    drMode: DrMode.NOT_SUPPORTED,
    wave: 7,
    source: '003 §6.4; 003 §2.3 #16; 002 §1; 003 §7.1 step 7',
  },
  {
    id: 'ges',
    displayName: 'Genesys Engagement Service',
    namespace: 'ges',
    // Confirmed by the GES guide: "Genesys Engagement Service N = N (N+1) Not supported Primary unit only".
    placement: Placement.PRIMARY_ONLY,
    haModes: [HaMode.N_PLUS_ONE],
    drMode: DrMode.NOT_SUPPORTED,
    wave: 7,
    source: '003 §6.4; 003 §2.3 #11; 001 §1; 003 §7.1 step 7',
  },
  {
    id: 'pulse',
    displayName: 'Genesys Pulse',
    namespace: 'pulse',
    // ⚠ 003 §2.3 row 20.
    placement: Placement.PRIMARY_ONLY,
    haModes: [HaMode.ACTIVE_ACTIVE],
    drMode: DrMode.PILOT_LIGHT,
    wave: 7,
    source: '003 §6.4; 003 §2.3 #20; 003 §7.1 step 7',
  },
  {
    id: 'ixn',
    displayName: 'Interaction Server',
    namespace: 'ixn',
    // 003 §2.3 may not list Interaction Server; its own guide says HA/DR do not apply ("IXN Server
    // service runs single instance per tenant"). It is "Digital-Legacy" (003 §6.4) and digital
    // channels are only supported by the primary unit (003 §1.4): primary only.
    placement: Placement.PRIMARY_ONLY,
    haModes: [HaMode.NOT_APPLICABLE],
    drMode: DrMode.NOT_SUPPORTED,
    wave: 8,
    source: '003 §6.4; 004 §5; 003 §1.4; 003 §7.1 step 8',
  },
  {
    id: 'iwddm',
    displayName: 'IWD Data Mart',
    namespace: 'iwddm',
    // 003 §2.3 row 14: "a Cronjob that runs on a per-tenant basis"; placement blank. It reports on
    // IWD, which is primary only, so it is too.
    placement: Placement.PRIMARY_ONLY,
    haModes: [HaMode.CRON_JOB],
    drMode: DrMode.NOT_STATED,
    wave: 8,
    source: '003 §6.4; 003 §2.3 #14; 003 §7.1 step 8',
  },
  {
    id: 'gcxi',
    displayName: 'Genesys Customer Experience Insights',
    namespace: 'gcxi',
    // The product row carries no values; GCXI and RAA have their own rows (see services).
    placement: Placement.PRIMARY_ONLY,
    haModes: [HaMode.ACTIVE_ACTIVE],
    drMode: DrMode.NOT_SUPPORTED,
    wave: 9,
    source: '003 §6.4; 003 §2.3 #17-#18; 003 §7.1 step 9',
  },
  {
    id: 'bds',
    displayName: 'Billing Data Service',
    namespace: 'bds',
    // Not in 003 §2.1 or §2.3; named by 003 §6.4 and §7.4 ("BDS (Billing)") and by 000 §1.2 #3.
    // Billing is a central, per-tenant inventory function: primary only. No HA/DR row exists.
    placement: Placement.PRIMARY_ONLY,
    haModes: [HaMode.N_PLUS_ONE],
    drMode: DrMode.NOT_STATED,
    // Not in 003 §7.1; it reads the Tenant Service's inventory, so it goes with the last wave.
    wave: 9,
    source: '003 §6.4; 003 §7.4; 000 §1.2 #3',
  },
];
