"""NetworkX side of benchmarks/versus/run.sh: loads the causal edges MechanismGraph wrote, then answers one query per
stdin line ("source<TAB>target<TAB>maxHops<TAB>k") with "paths<TAB>wall ms<TAB>hops,hops,...<TAB>thread CPU ms" on stdout,
timed in-process around shortest_simple_paths (Yen's algorithm) alone: up to k simple paths, shortest first, within
maxHops. Thread CPU time is what the query cost, whatever else the machine runs."""
import sys
import time
from itertools import islice

import networkx as nx


def main(edges_path):
    graph = nx.DiGraph()
    with open(edges_path) as edges:
        graph.add_edges_from(tuple(line.split()) for line in edges)
    print(f"ready\t{graph.number_of_nodes()}\t{graph.number_of_edges()}\t{nx.__version__}", flush=True)
    for line in sys.stdin:
        source, target, max_hops, k = line.split()
        max_hops, k = int(max_hops), int(k)
        start = time.perf_counter()
        cpu = time.thread_time()
        lengths = []
        try:
            for path in islice(nx.shortest_simple_paths(graph, source, target), k):
                if len(path) - 1 > max_hops:
                    break
                lengths.append(len(path) - 1)
        except (nx.NetworkXNoPath, nx.NodeNotFound):
            pass
        elapsed = (time.perf_counter() - start) * 1000
        cpu = (time.thread_time() - cpu) * 1000
        print(f"{len(lengths)}\t{elapsed:.4f}\t{','.join(map(str, lengths))}\t{cpu:.4f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
