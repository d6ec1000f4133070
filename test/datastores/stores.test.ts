import { ElasticsearchCluster, KafkaCluster, PostgresServer, SecretReference } from '../../src';
import { synthProblems, testApp, testUnit } from '../support/fixtures';

function problemsOf(build: (unit: ReturnType<typeof testUnit>) => void): string {
  const app = testApp();
  build(testUnit(app));
  return synthProblems(app);
}

describe('KafkaCluster (000 §2.3, 003 §3.3)', () => {
  test('binding: bootstrap list, TLS, and the guide\'s kafka-secrets-token Secret', () => {
    const app = testApp();
    const kafka = new KafkaCluster(testUnit(app), 'kafka', { bootstrapServers: ['k0.infra:9092', 'k1.infra:9093'], version: '2.8.1' });
    expect(kafka.binding.bootstrap).toBe('k0.infra:9092,k1.infra:9093');
    expect(kafka.binding.tls).toBe(true);
    expect([kafka.binding.credentials.secretName, kafka.binding.credentials.key]).toEqual(['kafka-secrets-token', 'kafka-secrets']);
  });

  test('producers and consumers as the guide lists them', () => {
    expect(KafkaCluster.roleOf('voice-sipfe')).toMatchObject({ produces: true, consumes: false });
    expect(KafkaCluster.roleOf('voice-callthread')).toMatchObject({ produces: true, consumes: true });
    expect(KafkaCluster.roleOf('voice-config')).toMatchObject({ produces: false, consumes: false });
  });

  test.each([
    [{ version: '3.5' }, 'Kafka "kafka": version 3.5 is not 2.x, which private edition requires (003 §3.3)'],
    [{ bootstrapServers: [] }, 'Kafka "kafka": no bootstrap servers'],
    [{ bootstrapServers: ['kafka:notaport'] }, 'bootstrap server "kafka:notaport" is not host:port'],
  ])('%j is refused', (props, message) => {
    expect(problemsOf((u) => new KafkaCluster(u, 'kafka', { bootstrapServers: ['k:9092'], version: '2.8', ...props }))).toContain(message);
  });
});

describe('PostgresServer (003 §1.11, §3.3)', () => {
  const creds = SecretReference.of('pg', 'password');

  test('one database per service and tenant', () => {
    expect(
      problemsOf((u) => {
        const pg = new PostgresServer(u, 'pg', { address: 'pg.example.com', version: '11.19' });
        pg.database({ database: 'tenant_t100', service: 'tenant', tenant: 't100', credentials: creds });
        pg.database({ database: 'tenant_t200', service: 'tenant', tenant: 't200', credentials: creds });
        pg.database({ database: 'ges', service: 'ges', credentials: creds });
      }),
    ).toBe('');
  });

  test('version below 11 is refused', () => {
    expect(problemsOf((u) => new PostgresServer(u, 'pg', { address: 'pg', version: '10.5' }))).toContain(
      'PostgreSQL "pg": version 10.5 is older than 11.x, which private edition requires (003 §3.3). Fix: use PostgreSQL 11 or later.',
    );
  });

  test('two services on one database are refused', () => {
    expect(
      problemsOf((u) => {
        const pg = new PostgresServer(u, 'pg', { address: 'pg', version: '14' });
        pg.database({ database: 'shared', service: 'ges', credentials: creds });
        pg.database({ database: 'shared', service: 'cxc-list-manager', credentials: creds });
      }),
    ).toContain('database "shared" is used by ges and cxc-list-manager; each service creates its own databases (003 §1.11)');
  });

  test('two tenants on one database are refused', () => {
    expect(
      problemsOf((u) => {
        const pg = new PostgresServer(u, 'pg', { address: 'pg', version: '14' });
        pg.database({ database: 'tenant', service: 'tenant', tenant: 't100', credentials: creds });
        pg.database({ database: 'tenant', service: 'tenant', tenant: 't200', credentials: creds });
      }),
    ).toContain('database "tenant" holds data of tenants t100 and t200; tenant data is never shared (003 §1.11)');
  });

  test('a user name under the password\'s own key is refused (the Terraform would write one over the other)', () => {
    expect(
      problemsOf((u) => {
        const pg = new PostgresServer(u, 'pg', { address: 'pg', version: '14' });
        pg.database({ database: 'tenant_t100', service: 'tenant', tenant: 't100', credentials: SecretReference.of('t100-pg', 'password'), user: SecretReference.of('t100-pg', 'password') });
      }),
    ).toContain(
      '[us-east/pg] PostgreSQL "pg": database "tenant_t100" reads the user name and the password from the same key "password" of Secret "t100-pg". '
        + "Fix: give the user name its own key, e.g. user: SecretReference.of(secret, 'user') beside credentials: SecretReference.of(secret, 'password').",
    );
  });
});

describe('ElasticsearchCluster (003 §1.11)', () => {
  test('no authentication: credentials are refused', () => {
    expect(
      problemsOf((u) => new ElasticsearchCluster(u, 'es', { url: 'http://es.infra:9200', version: '7.17', serviceGroup: 'cxc', credentials: SecretReference.of('es', 'password') })),
    ).toContain('credentials were given, but private edition does not support authentication for Elasticsearch or OpenSearch (003 §1.11; 003 §3.3)');
  });

  test('version 8 and a bad URL are refused; a valid cluster binds by URL', () => {
    const text = problemsOf((u) => new ElasticsearchCluster(u, 'es', { url: 'es.infra:9200', version: '8.1', serviceGroup: 'cxc' }));
    expect(text).toContain('version 8.1 is not 7.x');
    expect(text).toContain('url "es.infra:9200" is not an http(s) URL');
    const app = testApp();
    expect(new ElasticsearchCluster(testUnit(app), 'es', { url: 'http://es.infra:9200/', version: '7.10', serviceGroup: 'cxc' }).bind('cxc').url).toBe('http://es.infra:9200');
  });

  test('another service group keeping data in the cluster is refused unless allowed (003 §1.11)', () => {
    const text = problemsOf((u) => {
      const es = new ElasticsearchCluster(u, 'es', { url: 'http://es:9200', version: '7.17', serviceGroup: 'cxc' });
      es.bind('cxc');
      es.bind('designer');
    });
    expect(text).toContain('Elasticsearch "es" belongs to service group "cxc" but also holds data of "designer"');
    expect(
      problemsOf((u) => {
        const es = new ElasticsearchCluster(u, 'es', { url: 'http://es:9200', version: '7.17', serviceGroup: 'cxc', allowSharingAcrossGroups: true });
        es.bind('designer');
      }),
    ).toBe('');
  });
});
