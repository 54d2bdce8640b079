import type { IpRange, Workload, WorkloadKind } from '../model/types';

/** A workload as an end of a flow; kind `Unlisted` is a stand-in for unlisted pods (issue 11). */
export interface WorkloadEndpoint {
  /** workloadId: `namespace/name[Kind]`; a stand-in's readable id, `[any namespace]/[all pods]`. */
  id: string;
  kind: WorkloadKind | 'Unlisted';
  namespace: string;
  name: string;
  hostNetwork: boolean;
  workload: Workload;
}

/** A range of external addresses that no policy tells apart (touching intervals merged, A-21). */
export interface ExternalEndpoint {
  /** Its CIDR, or its range when it is not one CIDR. */
  id: string;
  kind: 'External';
  cidrs: string[];
  range: IpRange;
}

/**
 * One end of a flow, as the results name it. A reachability result adds the endpoint's class
 * (`ResultEndpoint`); a diff adds its classes in base and head and whether it exists in both
 * (`DiffEndpoint`).
 */
export type Endpoint = WorkloadEndpoint | ExternalEndpoint;
