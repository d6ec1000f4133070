/** The vendor's CX Contact rule file (relative to `services/` of genesys/multicloud-services). */
export const CXC_SERVICES_VENDOR = 'cxc/02_chart_cxc-cpe-monitoring/01_release_cxc-cpe-monitoring/alerts/cxc-prometheusrule.yaml';
/** The vendor's Tenant Service monitoring release (relative to `services/`). */
export const TENANT_VENDOR = 'tenant/03_chart_tenant-cpe-monitoring/01_release_tenant-cpe-monitoring';
