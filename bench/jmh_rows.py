"""Turns a JMH JSON result (sample time) into bench/run.sh's result rows: name, median, p95, min, max, unit."""
import json
import sys

SIZES = {"10000": "10k", "100000": "100k"}
for result in json.load(open(sys.argv[1], encoding="utf-8")):
    params, metric = result["params"], result["primaryMetric"]
    p = metric["scorePercentiles"]
    name = f"search_jmh_{SIZES.get(params['entries'], params['entries'])}_{params['query']}"
    print(f"{name}\t{p['50.0']:.2f}\t{p['95.0']:.2f}\t{p['0.0']:.2f}\t{p['100.0']:.2f}\tms")
