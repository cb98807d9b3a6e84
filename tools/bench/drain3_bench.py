"""drain3 on the Loghub-2k samples, for `make bench`: lines per second and grouping accuracy.

Usage: drain3_bench.py ROUNDS CSV...  ->  one JSON object on stdout:
{"drain3": "0.9.11", "datasets": [{"name", "lines", "seconds", "ga"}]}
       drain3_bench.py --jsonl FILE...  ->  grouping accuracy on labelled corpora (below)
       drain3_bench.py --lines ROUNDS FILE  ->  {"drain3", "lines", "seconds"}: every message of
FILE (one JSON string a line) fed in order to a fresh miner, fastest of ROUNDS passes

Each round feeds every line of a dataset (its `Content` column, as awsmon gets it) to a fresh
TemplateMiner with drain3's default configuration; `seconds` is the fastest round. Grouping
accuracy is Loghub's: a line is correct when the lines sharing its cluster are exactly the
lines sharing its ground-truth EventId.
"""

import csv
import json
import sys
import time
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

from drain3 import TemplateMiner
from drain3.template_miner_config import TemplateMinerConfig


def grouping_accuracy(clusters, truths):
    by_cluster = defaultdict(list)
    by_truth = defaultdict(list)
    for index, (cluster, truth) in enumerate(zip(clusters, truths)):
        by_cluster[cluster].append(index)
        by_truth[truth].append(index)
    correct = sum(1 for c, t in zip(clusters, truths) if by_cluster[c] == by_truth[t])
    return correct / len(clusters)


def jsonl_main(paths):
    """`--jsonl FILE...`: grouping accuracy of drain3 on the grouped events of labelled corpora
    (`{"message", "error", "group"}` per line; only events with a group count)."""
    results = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        grouped = [r for r in rows if r.get("group")]
        miner = TemplateMiner(config=TemplateMinerConfig())
        clusters = [miner.add_log_message(r["message"])["cluster_id"] for r in grouped]
        results.append({
            "name": Path(path).stem,
            "lines": len(grouped),
            "ga": grouping_accuracy(clusters, [r["group"] for r in grouped]),
        })
    json.dump({"drain3": version("drain3"), "datasets": results}, sys.stdout)


def lines_main(rounds, path):
    """`--lines ROUNDS FILE`: drain3's time over exactly the messages awsmon timed (awsmon-quality
    writes them), so that both figures of `make bench` section 9 are on the same lines."""
    with open(path, encoding="utf-8") as f:
        lines = [json.loads(line) for line in f if line.strip()]
    best = None
    for _ in range(rounds):
        config = TemplateMinerConfig()
        config.profiling_enabled = False
        miner = TemplateMiner(config=config)
        started = time.perf_counter()
        for line in lines:
            miner.add_log_message(line)
        elapsed = time.perf_counter() - started
        if best is None or elapsed < best:
            best = elapsed
    json.dump({"drain3": version("drain3"), "lines": len(lines), "seconds": best}, sys.stdout)


def main():
    if sys.argv[1] == "--jsonl":
        jsonl_main(sys.argv[2:])
        return
    if sys.argv[1] == "--lines":
        lines_main(int(sys.argv[2]), sys.argv[3])
        return
    rounds = int(sys.argv[1])
    results = []
    for path in sys.argv[2:]:
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        lines = [r["Content"] for r in rows]
        truths = [r["EventId"] for r in rows]
        best = None
        clusters = []
        for _ in range(rounds):
            config = TemplateMinerConfig()
            config.profiling_enabled = False
            miner = TemplateMiner(config=config)
            started = time.perf_counter()
            ids = [miner.add_log_message(line)["cluster_id"] for line in lines]
            elapsed = time.perf_counter() - started
            if best is None or elapsed < best:
                best = elapsed
            clusters = ids
        results.append({
            "name": Path(path).name.split("_")[0],
            "lines": len(lines),
            "seconds": best,
            "ga": grouping_accuracy(clusters, truths),
        })
    json.dump({"drain3": version("drain3"), "datasets": results}, sys.stdout)


if __name__ == "__main__":
    main()
