/**
 * Endpoints of the guides' connection tables that are not Genesys services: data stores, network
 * peers, internet services. Keys are the ids connection rows use; values describe them.
 */
export const EXTERNAL_ENDPOINTS: Record<string, string> = {
  'redis': 'Redis (a data store binding)',
  'kafka': 'Kafka (a data store binding)',
  'postgres': 'PostgreSQL (a data store binding)',
  'elasticsearch': 'Elasticsearch or OpenSearch (a data store binding)',
  'object-storage': 'Object storage: Azure Blob Storage, Google Cloud Storage or S3',
  'nfs': 'Network file share behind an RWX volume',
  'consul': 'Consul agent (DaemonSet on each node)',
  'sbc': 'Session Border Controller',
  'sftp': 'Customer SFTP server',
  'prometheus': 'Prometheus scraper',
  'internet-client': 'A browser or API client on the internet',
  'ingress-gateway': 'Ingress controller or gateway in front of the cluster',
  'egress-gateway': 'Egress gateway for outbound internet traffic',
  'recaptcha': 'Google reCAPTCHA',
  'fcm': 'Google Firebase Cloud Messaging',
  'compliance-data-provider': 'Compliance Data Provider (CDP NG)',
  'external-api': 'An external or customer API',
};
