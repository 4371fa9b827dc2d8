/**
 * Minimum-cost maximum flow by successive shortest paths (Bellman–Ford on the residual graph),
 * for the small graphs the funding crosswalk builds: a handful of funding sources and a few
 * dozen kinds of work. Capacities are whole cents, so the flow is exact.
 */
export class MinCostFlow {
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];
  private readonly adj: number[][];

  constructor(private readonly nodes: number) {
    this.adj = Array.from({ length: nodes }, () => []);
  }

  /** Adds an edge and returns its index, for reading its flow afterwards. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    const index = this.to.length;
    this.to.push(to, from);
    this.cap.push(capacity, 0);
    this.cost.push(cost, -cost);
    this.adj[from]?.push(index);
    this.adj[to]?.push(index + 1);
    return index;
  }

  /** Flow on an edge added with addEdge. */
  flowOn(edge: number): number {
    return this.cap[edge + 1] ?? 0;
  }

  /** Pushes as much as possible from `source` to `sink` at the least total cost; returns the flow. */
  run(source: number, sink: number): number {
    let total = 0;
    for (;;) {
      const dist = new Array<number>(this.nodes).fill(Infinity);
      const via = new Array<number>(this.nodes).fill(-1);
      dist[source] = 0;
      // Bellman–Ford: residual edges can carry negative costs once flow runs backwards.
      for (let round = 0; round < this.nodes; round++) {
        let changed = false;
        for (let u = 0; u < this.nodes; u++) {
          const du = dist[u] ?? Infinity;
          if (du === Infinity) continue;
          for (const e of this.adj[u] ?? []) {
            if ((this.cap[e] ?? 0) <= 0) continue;
            const v = this.to[e] ?? 0;
            const nd = du + (this.cost[e] ?? 0);
            if (nd < (dist[v] ?? Infinity)) {
              dist[v] = nd;
              via[v] = e;
              changed = true;
            }
          }
        }
        if (!changed) break;
      }
      if ((dist[sink] ?? Infinity) === Infinity) return total;
      let push = Infinity;
      for (let v = sink; v !== source; v = this.to[(via[v] ?? 0) ^ 1] ?? source) {
        push = Math.min(push, this.cap[via[v] ?? 0] ?? 0);
      }
      for (let v = sink; v !== source; v = this.to[(via[v] ?? 0) ^ 1] ?? source) {
        const e = via[v] ?? 0;
        this.cap[e] = (this.cap[e] ?? 0) - push;
        this.cap[e ^ 1] = (this.cap[e ^ 1] ?? 0) + push;
      }
      total += push;
    }
  }
}
