"""Prints bench/run.sh's results (bench/out/results.tsv) as one Markdown table with the targets."""
import sys
targets = {  # metric: (text, test on the median)
    "ratio_app_to_floor": ("<= 1.25x", lambda m, r: m <= 1.25),
    "ratio_app_cds_to_floor": ("<= 1.25x", lambda m, r: m <= 1.25),
    "ratio_app_installed_to_floor": ("<= 1.25x", lambda m, r: m <= 1.25),
    "ratio_app_cds_to_floor_plain": ("< 1.0x", lambda m, r: m < 1.0),
    "ratio_app_installed_to_floor_plain": ("< 1.0x", lambda m, r: m < 1.0),
    "search_inproc_100k_mødelokale": ("p95 < 20 ms", lambda m, r: r["p95"] < 20),
    "search_inproc_100k_mødelok*": ("p95 < 20 ms", lambda m, r: r["p95"] < 20),
    "search_inproc_100k_stjerne*": ("p95 < 20 ms", lambda m, r: r["p95"] < 20),
    "search_jmh_100k_mødelokale": ("p95 < 20 ms", lambda m, r: r["p95"] < 20),
    "search_jmh_100k_mødelok*": ("p95 < 20 ms", lambda m, r: r["p95"] < 20),
    "search_jmh_100k_stjerne*": ("p95 < 20 ms", lambda m, r: r["p95"] < 20),
    "search_cpu_100k_mødelokale": ("p95 < 20 ms", lambda m, r: r["p95"] < 20),
    "search_cpu_100k_mødelok*": ("p95 < 20 ms", lambda m, r: r["p95"] < 20),
    "search_cpu_100k_stjerne*": ("p95 < 20 ms", lambda m, r: r["p95"] < 20),
    "fx_stall_typing_answer": ("max < 16 ms", lambda m, r: r["max"] < 16),
    "fx_stall_typing_answer_p99": ("< 16 ms", lambda m, r: m < 16),
    "fx_cpu_in_stall_typing_answer": ("max < 16 ms", lambda m, r: r["max"] < 16),
    "fx_cpu_in_stall_typing_answer_p99": ("< 16 ms", lambda m, r: m < 16),
    "fx_cpu_in_stall_open_search": ("max < 16 ms", lambda m, r: r["max"] < 16),
    "open_search_frame_fx_cpu": ("max < 16 ms", lambda m, r: r["max"] < 16),
    "search_results_display_max_stall_fx_cpu": ("max < 16 ms", lambda m, r: r["max"] < 16),
    "save_answer": ("median < 10 ms", lambda m, r: m < 10),
    "save_answer_p99": ("< 50 ms", lambda m, r: m < 50),
    "cli_export_10k": ("< 1000 ms", lambda m, r: m < 1000),
    "export_10k_inproc": ("< 1000 ms", lambda m, r: m < 1000),
    "cli_import_10k": ("< 2000 ms", lambda m, r: m < 2000),
    "import_10k_inproc": ("< 2000 ms", lambda m, r: m < 2000),
    "summary_pdf_warm": ("< 500 ms", lambda m, r: m < 500),
    "rss_app_10k_started": ("< 300 MB", lambda m, r: m < 300),
    "rss_10k_after_search_headless": ("< 300 MB", lambda m, r: m < 300),
    "peer_ls_ratio": (">= 2x", lambda m, r: m >= 2),
    "peer_search_ratio": (">= 3x", lambda m, r: m >= 3),
    "peer_import_ratio": (">= 50x", lambda m, r: m >= 50),
    "peer_export_ratio": (">= 50x", lambda m, r: m >= 50),
    "peer_import_ratio_10k": (">= 50x", lambda m, r: m >= 50),
    "peer_export_ratio_10k": (">= 50x", lambda m, r: m >= 50),
}
rows = []
for line in open(sys.argv[1]):
    name, med, p95, lo, hi, unit = line.rstrip("\n").split("\t")
    r = {"p95": float(p95) if p95 not in ("-", "") else None, "max": float(hi) if hi not in ("-", "") else None}
    text, test = targets.get(name, ("", None))
    met = "" if test is None else ("yes" if test(float(med), r) else "NO")
    spread = "-" if lo == "-" else f"{lo}–{hi}"
    rows.append((name, f"{med} {unit}", "-" if p95 == "-" else p95, spread, text, met))
head = ("metric", "median", "p95", "spread (min–max)", "target", "met?")
print("| " + " | ".join(head) + " |")
print("|" + "---|" * len(head))
for row in rows:
    print("| " + " | ".join(row) + " |")
