/**
 * A small flow network with min-cost augmentation (successive shortest paths, Bellman-Ford
 * on the residual graph). The allocation's graphs have a few hundred nodes — source, classes,
 * carriers, sink — so this plain version takes milliseconds and needs no library.
 */
export class FlowNetwork {
  private readonly head: number[];
  private readonly next: number[] = [];
  private readonly to: number[] = [];
  private readonly residual: number[] = [];
  private readonly capacity: number[] = [];
  private readonly cost: number[] = [];

  constructor(readonly size: number) {
    this.head = new Array<number>(size).fill(-1);
  }

  /** Adds an arc and its reverse; returns the arc's id for flowOn. */
  addArc(from: number, to: number, capacity: number, cost = 0): number {
    const id = this.to.length;
    this.push(from, to, capacity, cost);
    this.push(to, from, 0, -cost);
    return id;
  }

  flowOn(arc: number): number {
    return (this.capacity[arc] as number) - (this.residual[arc] as number);
  }

  /** Sends as much flow as possible (up to `limit`) from source to sink, cheapest paths first. */
  minCostFlow(source: number, sink: number, limit = Number.POSITIVE_INFINITY): { flow: number; cost: number } {
    let flow = 0;
    let cost = 0;
    while (flow < limit) {
      const path = this.cheapestPath(source, sink);
      if (!path) break;
      let push = limit - flow;
      for (const arc of path) push = Math.min(push, this.residual[arc] as number);
      for (const arc of path) {
        this.residual[arc] = (this.residual[arc] as number) - push;
        this.residual[arc ^ 1] = (this.residual[arc ^ 1] as number) + push;
        cost += push * (this.cost[arc] as number);
      }
      flow += push;
    }
    return { flow, cost };
  }

  private push(from: number, to: number, capacity: number, cost: number): void {
    this.to.push(to);
    this.residual.push(capacity);
    this.capacity.push(capacity);
    this.cost.push(cost);
    this.next.push(this.head[from] as number);
    this.head[from] = this.to.length - 1;
  }

  // Bellman-Ford with a queue (SPFA): residual arcs may cost less than nothing.
  private cheapestPath(source: number, sink: number): number[] | undefined {
    const distance = new Array<number>(this.size).fill(Number.POSITIVE_INFINITY);
    const via = new Array<number>(this.size).fill(-1);
    const queued = new Array<boolean>(this.size).fill(false);
    const queue = [source];
    distance[source] = 0;
    for (let at = 0; at < queue.length; at++) {
      const node = queue[at] as number;
      queued[node] = false;
      for (let arc = this.head[node] as number; arc !== -1; arc = this.next[arc] as number) {
        if ((this.residual[arc] as number) <= 0) continue;
        const target = this.to[arc] as number;
        const through = (distance[node] as number) + (this.cost[arc] as number);
        if (through < (distance[target] as number) - 1e-9) {
          distance[target] = through;
          via[target] = arc;
          if (!queued[target]) {
            queued[target] = true;
            queue.push(target);
          }
        }
      }
    }
    if (via[sink] === -1) return undefined;
    const path: number[] = [];
    for (let node = sink; node !== source; node = this.to[(via[node] as number) ^ 1] as number)
      path.push(via[node] as number);
    return path;
  }
}
