/**
 * Facts of the Tenant Service chart that the vendor's published values give (the Voice guide names
 * the service, 000 §0, but documents no values): the Secrets it mounts and where it reads them.
 */
export const TENANT_FACTS = {
  /** GAuth client id Secret and key (`tenant.secrets.gws.volumes`, `user.secretName`). */
  gwsClientIdSecret: { name: 'gauthclientid', key: 'clientid' },
  /** GAuth client secret Secret and key (`tenant.secrets.gws.volumes`, `pwd.secretName`). */
  gwsClientSecretSecret: { name: 'gauthclientsecret', key: 'clientsecret' },
  /** Where the chart reads each database setting: `/opt/genesys/<name>/<name>` (`tenant.pgdb`, `tenant.secrets.pgdb`). */
  databaseFiles: ['dbserver', 'dbname', 'dbuser', 'dbpassword'],
  /** Root of the chart's mounted settings. */
  mountRoot: '/opt/genesys',
  /** The services the Tenant Service calls through Consul upstreams besides its tenant's Interaction Server. */
  voiceUpstreams: ['voice-sipfe', 'voice-config'],
  /** The GAuth services whose in-cluster names are the GWS endpoints (`tenant.gws.authEndpoint`, `envEndpoint`). */
  gauthAuthService: 'gauth-auth',
  gauthEnvironmentService: 'gauth-environment',
  /** Requests and limits of the tenant container (`tenant.resources.tenantContainer`). */
  resources: { cpuRequest: '500m', memoryRequest: '600Mi', cpuLimit: '900m', memoryLimit: '900Mi' },
  /** Vendor deployment type of a full tenant (`tenant.deployment.type`). */
  deploymentType: 'full',
  source: 'vendor: services/tenant/02_chart_tenant/override_values.yaml; 000 §1.2 #13',
} as const;
