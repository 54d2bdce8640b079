import type { IpRange, Workload, WorkloadKind } from '../model/types';

/** A workload, or a range of external addresses. */
export type Endpoint =
  | { id: string; kind: WorkloadKind; namespace: string; name: string; workload: Workload }
  | { id: string; kind: 'External'; range: IpRange };
