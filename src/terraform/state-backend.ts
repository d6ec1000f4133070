import * as path from 'path';
import { AzurermBackend, DataTerraformRemoteStateLocal, GcsBackend, LocalBackend, TerraformBackend, TerraformRemoteState, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

/** Where the state of the stacks lives in an Azure Storage container. */
export interface AzureStateProps {
  /** Resource group of the storage account. */
  readonly resourceGroupName: string;
  /** Storage account name. */
  readonly storageAccountName: string;
  /** Blob container name. */
  readonly containerName: string;
  /** Folder of the state blobs in the container: each stack's key is `<keyPrefix>/<stack>.tfstate`. @default - none: `<stack>.tfstate` */
  readonly keyPrefix?: string;
  /** Subscription of the storage account. @default - the one Terraform runs in */
  readonly subscriptionId?: string;
  /**
   * Reach the container with Entra ID (the `Storage Blob Data Contributor` role) instead of the
   * account's access key, so no key is needed where Terraform runs. @default true
   */
  readonly useAzureadAuth?: boolean;
}

/** Where the state of the stacks lives in a Google Cloud Storage bucket. */
export interface GcsStateProps {
  /** Bucket name. */
  readonly bucket: string;
  /** Folder of the states in the bucket: each stack's prefix is `<prefix>/<stack>`. @default - none: `<stack>` */
  readonly prefix?: string;
}

/** Local state files, only when asked for. */
export interface LocalStateProps {
  /**
   * Folder of the state files `terraform.<stack>.tfstate`, relative to the folder Terraform runs in
   * (`<output>/stacks/<stack>/`); never an absolute path, so the output is the same on every
   * machine. The default is the project folder, where cdktf keeps local state, when the output
   * folder (`cdktf.out`) is a child of it.
   *
   * @default '../../..'
   */
  readonly directory?: string;
}

/**
 * Where `GroupTerraform` keeps the Terraform state of its stacks. The state holds every credential
 * the Terraform creates (store passwords, access keys), so it belongs in a locked, access-controlled
 * store: an Azure Storage container (locked with blob leases) or a GCS bucket (locked with lock
 * files). Each stack gets its own key or prefix, derived from the stack's name. Local files only
 * when asked for with `StateBackend.local()`, at a relative path.
 */
export class StateBackend {
  /**
   * State in an Azure Storage container (`azurerm` backend), key `<keyPrefix>/<stack>.tfstate`.
   *
   * @param props where
   */
  public static azureStorage(props: AzureStateProps): StateBackend {
    return new StateBackend('azurerm', (stack, name) =>
      new AzurermBackend(stack, {
        resourceGroupName: props.resourceGroupName,
        storageAccountName: props.storageAccountName,
        containerName: props.containerName,
        key: joinKey(props.keyPrefix, `${name}.tfstate`),
        subscriptionId: props.subscriptionId,
        useAzureadAuth: props.useAzureadAuth ?? true,
      }),
    [props.resourceGroupName, props.storageAccountName, props.containerName]);
  }

  /**
   * State in a Google Cloud Storage bucket (`gcs` backend), prefix `<prefix>/<stack>`.
   *
   * @param props where
   */
  public static gcs(props: GcsStateProps): StateBackend {
    return new StateBackend('gcs', (stack, name) => new GcsBackend(stack, { bucket: props.bucket, prefix: joinKey(props.prefix, name) }), [props.bucket]);
  }

  /**
   * Local state files, `<directory>/terraform.<stack>.tfstate`, at a path relative to the stack's
   * folder. Only for trying the output out: the files hold every credential, unlocked for anyone
   * else.
   *
   * @param props where
   */
  public static local(props: LocalStateProps = {}): StateBackend {
    const directory = props.directory ?? '../../..';
    return new StateBackend('local', (stack, name) => new RelativeLocalBackend(stack, directory, name), [], directory);
  }

  /** The Terraform backend type: `azurerm`, `gcs` or `local`. */
  public readonly kind: string;
  private readonly make: (stack: TerraformStack, name: string) => TerraformBackend;
  private readonly required: string[];
  private readonly directory?: string;

  private constructor(kind: string, make: (stack: TerraformStack, name: string) => TerraformBackend, required: string[], directory?: string) {
    this.kind = kind;
    this.make = make;
    this.required = required;
    this.directory = directory;
  }

  /**
   * Gives a stack its backend, keyed by the stack's name.
   *
   * @param stack the stack
   */
  public bind(stack: TerraformStack): TerraformBackend {
    return this.make(stack, stack.node.id);
  }

  /** What is wrong with the backend's settings; empty when nothing is. */
  public problems(): string[] {
    const found: string[] = [];
    if (this.required.some((v) => !v || !v.trim())) found.push(`the ${this.kind} state backend has an empty name`);
    if (this.directory !== undefined && path.isAbsolute(this.directory)) {
      found.push(`the local state directory "${this.directory}" is an absolute path of this machine`);
    }
    return found;
  }
}

function joinKey(prefix: string | undefined, name: string): string {
  const folder = (prefix ?? '').replace(/^\/+|\/+$/g, '');
  return folder ? `${folder}/${name}` : name;
}

/**
 * cdktf's local backend, with relative paths: its default is an absolute path of the machine that
 * synthesized. Every stack folder is a sibling (`<output>/stacks/<stack>/`), so another stack's
 * state is at `../<stack>/<directory>/terraform.<stack>.tfstate`.
 */
class RelativeLocalBackend extends LocalBackend {
  public constructor(scope: Construct, private readonly directory: string, name: string) {
    super(scope, { path: stateFile(directory, name) });
  }

  /** The state of this backend's stack, read from another stack's folder. */
  public getRemoteStateDataSource(scope: Construct, name: string, _fromStack: string): TerraformRemoteState {
    const id = TerraformStack.of(this).node.id;
    return new DataTerraformRemoteStateLocal(scope, name, { path: path.posix.normalize(`../${id}/${stateFile(this.directory, id)}`), workspace: '${terraform.workspace}' });
  }
}

function stateFile(directory: string, stack: string): string {
  return path.posix.join(directory, `terraform.${stack}.tfstate`);
}
