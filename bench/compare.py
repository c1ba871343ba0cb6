#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scrim side by side with the redaction libraries users would pick instead, in one run.

    bench/compare.py [--runs 5] [--size 10] [--big 100] [--peers redact-pii,openredaction,...]

Builds what it needs (an optimized build in build-release, the npm peers in bench/compare), makes
the seeded corpus, runs Scrim and every peer on the same data, and prints one table:
throughput (median of --runs, startup excluded), peak RSS, and accuracy from the shared scorer
(../shared/benchmark/score.py) on the labelled corpora. Writes bench/results/compare-DATE.json
and, when matplotlib is installed, a chart bench/results/compare-DATE.png.
See bench/compare/README.md for how each peer is run and how its types are mapped.
"""
import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMPARE = os.path.join(ROOT, "bench", "compare")
PEERS = ["redactpii-node", "redact-pii", "openredaction", "secretlint"]
CORPORA = ["presidio-cases", "gitleaks-secrets"]


def say(msg):
    print(f"[compare] {msg}", file=sys.stderr, flush=True)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, **kw)


def build(build_dir):
    if not os.path.exists(os.path.join(build_dir, "CMakeCache.txt")):
        run(["cmake", "-S", ROOT, "-B", build_dir, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
             "-DCMAKE_CXX_COMPILER_LAUNCHER=ccache", "-DSCRIM_BUILD_TESTS=OFF"], stdout=subprocess.DEVNULL)
    run(["nice", "-n", "10", "cmake", "--build", build_dir, "--target", "bench_detect", "scrim-cli",
         "-j", os.environ.get("JOBS", "2")])


def apt_install(packages):
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    say("installing with apt: " + " ".join(packages))
    run(sudo + ["apt-get", "install", "-y", "-qq", "--no-install-recommends"] + packages,
        stdout=subprocess.DEVNULL, env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))


def install_tools():
    """What this script uses beyond the build: Node.js and npm for the peers, matplotlib for the chart."""
    missing = []
    if shutil.which("node") is None or shutil.which("npm") is None:
        missing += ["nodejs", "npm"]
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        missing.append("python3-matplotlib")
    if missing:
        apt_install(missing)


def install_peers():
    if not os.path.isdir(os.path.join(COMPARE, "node_modules")):
        say("installing the peers with npm ci (pinned in bench/compare/package-lock.json)")
        run(["npm", "ci", "--no-audit", "--no-fund"], cwd=COMPARE, stdout=subprocess.DEVNULL)


def child_rss_mb(cmd, **kw):
    """Runs a scrim-cli scan (exit 0: clean, 1: findings); returns its peak RSS in MB, measured in a
    fresh process because ru_maxrss of children is the largest of any child so far."""
    probe = subprocess.run([sys.executable, "-c",
                            "import resource,subprocess,sys;"
                            "rc=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL).returncode;"
                            "print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"] + cmd,
                           stdout=subprocess.PIPE, text=True, check=True, **kw)
    rc, rss = probe.stdout.split()
    if int(rc) not in (0, 1):
        sys.exit(f"compare: {' '.join(cmd)} failed with exit code {rc}")
    return round(int(rss) / 1024.0, 1)


def score(gold, pred, mapping=None):
    cmd = [sys.executable, os.path.join(args.benchmark, "score.py"), gold, pred, "--json", "-", "--quiet"]
    if mapping:
        cmd += ["--map", mapping]
    return json.loads(run(cmd, stdout=subprocess.PIPE).stdout)


def micro(result, mode):
    m = result["micro"][mode]
    return {k: round(m[k], 3) for k in ("precision", "recall", "f1")}


def accuracy(result):
    """Strict and overlap micro P/R/F1, and strict F1 per type."""
    per_type = {}
    for t, v in result.get("per_type", {}).items():
        strict = v.get("strict", v)
        if isinstance(strict, dict) and "f1" in strict:
            per_type[t] = round(strict["f1"], 3)
    return {"strict": micro(result, "strict"), "overlap": micro(result, "overlap"), "per_type_strict_f1": per_type}


def scrim_side(build_dir, corpus, tmp):
    bench = os.path.join(build_dir, "bin", "bench_detect")
    cli = os.path.join(build_dir, "bin", "scrim-cli")
    version = run([cli, "--version"], stdout=subprocess.PIPE).stdout.split()[-1]
    out = {"tool": "scrim", "version": version}
    # Throughput: the benchmark binary times RuleSet::scan over the same corpus (MiB/s → MB/s).
    jpath = os.path.join(tmp, "scrim-detect.json")
    run([bench, "--size", str(args.size), "--seed", "1", "--runs", str(args.runs), "--json", jpath],
        stdout=subprocess.DEVNULL)
    detect = json.load(open(jpath))
    out["mb_per_s"] = round(detect["scan"]["medianMiBps"] * 1.048576, 1)
    out["runs_mb_per_s"] = [round(x * 1.048576, 1) for x in detect["scan"]["runsMiBps"]]
    env = dict(os.environ, SCRIM_DATA_DIR=os.path.join(tmp, "scrim-data"), SCRIM_KEYCHAIN="off")
    out["env"] = env
    # Accuracy.
    out["accuracy"] = {}
    for name in CORPORA:
        gold = os.path.join(args.benchmark, f"{name}.jsonl")
        pred = os.path.join(tmp, f"scrim-{name}.jsonl")
        # --all-dates: every date, as the benchmark labels dates that stand alone (README, Accuracy).
        subprocess.run([cli, "scan", "--all-dates", "--records", gold, "--output", pred], env=env, check=False,
                       stdout=subprocess.DEVNULL)
        out["accuracy"][name] = accuracy(score(gold, pred))
    return out


def peer_side(name, corpus, tmp):
    runner = os.path.join(COMPARE, "peers", f"{name}.mjs")
    mapping = os.path.join(COMPARE, "types", f"{name}.map")
    out = json.loads(run(["node", runner, "throughput", corpus, "--runs", str(args.peer_runs(name))],
                         stdout=subprocess.PIPE, cwd=COMPARE).stdout.strip().splitlines()[-1])
    out["accuracy"] = {}
    for c in CORPORA:
        gold = os.path.join(args.benchmark, f"{c}.jsonl")
        pred = os.path.join(tmp, f"{name}-{c}.jsonl")
        run(["node", runner, "predict", gold, pred], cwd=COMPARE, stdout=subprocess.DEVNULL)
        out["accuracy"][c] = accuracy(score(gold, pred, mapping))
    return out


def big_side(r, name, big):
    """One pass over the big corpus for a peer that does 10 MiB at 5 MB/s or more. The slower ones are
    left out (their 10 MiB figures stand): at 100 MiB they slow down further (redact-pii, at 0.7 MB/s
    on 10 MiB, had not finished one pass after 10 minutes and 3.4 GB RSS on 2026-11-28)."""
    if r["mb_per_s"] < 5:
        r["big_skipped"] = True
        return
    runner = os.path.join(COMPARE, "peers", f"{name}.mjs")
    out = json.loads(run(["node", runner, "throughput", big, "--runs", "1"],
                         stdout=subprocess.PIPE, cwd=COMPARE).stdout.strip().splitlines()[-1])
    r["big_mb_per_s"] = out["mb_per_s"]
    r["peak_rss_mb_big"] = out.get("peak_rss_mb")


def big_table(results):
    if not any("big_mb_per_s" in r for r in results):
        return ""
    size = next((r["big_mib"] for r in results if "big_mib" in r), "")
    lines = [f"| tool | {size} MiB, one pass: MB/s | peak RSS MB |", "|---|---|---|"]
    for r in results:
        if "big_mb_per_s" in r:
            rss = r.get("peak_rss_mb_big")
            lines.append(f"| {r['tool']} | {r['big_mb_per_s']:.2f} | {rss:.0f} |" if rss is not None
                         else f"| {r['tool']} | {r['big_mb_per_s']:.2f} | — |")
        else:
            lines.append(f"| {r['tool']} | not run (under 5 MB/s on the small corpus) | — |")
    return "\n".join(lines)


def write_markdown(doc, path):
    with open(path, "w") as f:
        f.write(table(doc["results"]) + "\n\n" + big_table(doc["results"]) + "\n\n"
                + f"{doc['date']}, {doc['machine']['cpu']}, {doc['machine']['cores']} cores, "
                f"Node.js {doc['machine']['node']}.\n")


def machine():
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "kernel": platform.release(), "python": platform.python_version(),
            "node": subprocess.run(["node", "--version"], stdout=subprocess.PIPE, text=True).stdout.strip()}


def first_pass(r):
    """MB/s of the first timed pass: for Scrim the one that builds RE2's DFA states (new text)."""
    if r.get("runs_mb_per_s"):
        return f"{r['runs_mb_per_s'][0]:.2f}"
    if r.get("runs_ms") and r.get("bytes"):
        return f"{r['bytes'] / 1e6 / (r['runs_ms'][0] / 1000):.2f}"
    return "—"


def table(results):
    scrim = next(r for r in results if r["tool"] == "scrim")
    lines = ["| tool | version | MB/s (median) | MB/s (first pass) | Scrim's speed ÷ peer's | peak RSS MB "
             "| presidio strict F1 | presidio overlap F1 | gitleaks strict F1 | gitleaks overlap F1 |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        if r is scrim:
            ratio = "—"
        else:
            x = scrim["mb_per_s"] / r["mb_per_s"] if r["mb_per_s"] else float("inf")
            ratio = f"{x:.0f}×" if x >= 10 else f"{x:.2f}×"
        a = r["accuracy"]
        lines.append(f"| {r['tool']} | {r.get('version', '')} | {r['mb_per_s']:.2f} | {first_pass(r)} | {ratio} | "
                     f"{r['peak_rss_mb']:.0f} | {a['presidio-cases']['strict']['f1']:.3f} | "
                     f"{a['presidio-cases']['overlap']['f1']:.3f} | {a['gitleaks-secrets']['strict']['f1']:.3f} | "
                     f"{a['gitleaks-secrets']['overlap']['f1']:.3f} |")
    return "\n".join(lines)


def chart(results, path):
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        say(f"matplotlib cannot be imported by {sys.executable} (Debian's python3-matplotlib serves "
            "/usr/bin/python3; run bench/compare.py itself, not another python3): no chart written")
        return False
    tools = [r["tool"] for r in results]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4))
    ax1.barh(tools, [r["mb_per_s"] for r in results], color="#1e6fd9")
    ax1.set_xscale("log")
    ax1.set_xlabel("MB/s on the 10 MB mixed corpus (log scale, one core)")
    width = 0.38
    ys = range(len(tools))
    ax2.barh([y - width / 2 for y in ys], [r["accuracy"]["presidio-cases"]["strict"]["f1"] for r in results],
             height=width, label="presidio-cases", color="#e08e00")
    ax2.barh([y + width / 2 for y in ys], [r["accuracy"]["gitleaks-secrets"]["strict"]["f1"] for r in results],
             height=width, label="gitleaks-secrets", color="#28a050")
    ax2.set_yticks(list(ys))
    ax2.set_yticklabels(tools)
    ax2.set_xlim(0, 1)
    ax2.set_xlabel("strict micro F1")
    ax2.legend(loc="upper right")
    fig.suptitle(f"Scrim and its peers, {datetime.date.today().isoformat()}")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    return True


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="timed runs per tool (median reported)")
    ap.add_argument("--slow-runs", type=int, default=1, help="timed runs for peers slower than 1 MB/s")
    ap.add_argument("--size", type=int, default=10, help="mixed corpus size in MiB")
    ap.add_argument("--big", type=int, default=100, help="big corpus in MiB: one pass of Scrim and of every peer that does 5 MB/s or more, "
                         "and peak RSS (0: skip)")
    ap.add_argument("--peers", default=",".join(PEERS))
    ap.add_argument("--benchmark", default=os.path.join(os.path.dirname(ROOT), "shared", "benchmark"),
                    help="folder with score.py and the labelled corpora")
    ap.add_argument("--build-dir", default=os.environ.get("SCRIM_BENCH_BUILD_DIR", os.path.join(ROOT, "build-release")))
    ap.add_argument("--out-dir", default=os.path.join(ROOT, "bench", "results"))
    ap.add_argument("--from-json", metavar="FILE", help="print the table and draw the chart of an earlier run")
    args = ap.parse_args()
    if args.from_json:
        doc = json.load(open(args.from_json))
        print(table(doc["results"]))
        print(big_table(doc["results"]))
        write_markdown(doc, os.path.splitext(args.from_json)[0] + ".md")
        chart(doc["results"], os.path.splitext(args.from_json)[0] + ".png")
        sys.exit(0)
    args.peer_runs = lambda name: args.slow_runs if name == "openredaction" else args.runs
    if not os.path.exists(os.path.join(args.benchmark, "score.py")):
        sys.exit(f"compare: no score.py in {args.benchmark}; give --benchmark")
    install_tools()
    build(args.build_dir)
    install_peers()
    with tempfile.TemporaryDirectory(prefix="scrim-compare-") as tmp:
        corpus = os.path.join(tmp, f"corpus-{args.size}.txt")
        run([os.path.join(args.build_dir, "bin", "bench_detect"), "--size", str(args.size), "--seed", "1",
             "--runs", "1", "--dump", corpus], stdout=subprocess.DEVNULL)
        results = []
        say("scrim")
        scrim = scrim_side(args.build_dir, corpus, tmp)
        env = scrim.pop("env")
        cli = os.path.join(args.build_dir, "bin", "scrim-cli")
        if args.big > 0:
            big = os.path.join(tmp, f"corpus-{args.big}.txt")
            run([os.path.join(args.build_dir, "bin", "bench_detect"), "--size", str(args.big), "--seed", "1",
                 "--runs", "1", "--dump", big], stdout=subprocess.DEVNULL)
            scrim["peak_rss_mb_big"] = child_rss_mb([cli, "scan", "--format", "json", big], env=env)
            scrim["big_mib"] = args.big
            jbig = os.path.join(tmp, "scrim-detect-big.json")
            run([os.path.join(args.build_dir, "bin", "bench_detect"), "--size", str(args.big), "--seed", "1",
                 "--runs", "1", "--json", jbig], stdout=subprocess.DEVNULL)
            scrim["big_mb_per_s"] = round(json.load(open(jbig))["scan"]["runsMiBps"][0] * 1.048576, 1)
        scrim["peak_rss_mb"] = child_rss_mb([cli, "scan", "--format", "json", corpus], env=env)
        results.append(scrim)
        for name in [p for p in args.peers.split(",") if p]:
            say(name)
            r = peer_side(name, corpus, tmp)
            r["tool"] = name
            if args.big > 0:
                big_side(r, name, os.path.join(tmp, f"corpus-{args.big}.txt"))
            results.append(r)
    today = datetime.date.today().isoformat()
    os.makedirs(args.out_dir, exist_ok=True)
    doc = {"date": today, "machine": machine(), "corpus_mib": args.size, "runs": args.runs,
           "note": "throughput: median MB/s (10^6 bytes) over the whole corpus on one core, startup excluded; "
                   "accuracy: micro averages from ../shared/benchmark/score.py; peers' types mapped with "
                   "bench/compare/types/*.map", "results": results}
    jpath = os.path.join(args.out_dir, f"compare-{today}.json")
    with open(jpath, "w") as f:
        json.dump(doc, f, indent=2)
        f.write("\n")
    print(table(results))
    print(big_table(results))
    write_markdown(doc, os.path.join(args.out_dir, f"compare-{today}.md"))
    print(f"\nmachine: {doc['machine']['cpu']}, {doc['machine']['cores']} cores; results: {jpath}")
    if chart(results, os.path.join(args.out_dir, f"compare-{today}.png")):
        print(f"chart: {os.path.join(args.out_dir, f'compare-{today}.png')}")
