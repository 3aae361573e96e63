#!/usr/bin/env python3
"""The console against curl replaying the very same requests, side by side.

Starts the sandbox with a latency per answer, runs each scenario with the console (--json), turns
that run's own exchanges into a curl config (the same methods, URLs, headers and bodies, the real
token in place of the masked one) and replays it with curl at the concurrency the scenario names.
Runs alternate console, curl, console, curl ...; the table shows the median of the pairwise ratios
(console / curl), the console's requests per second and both peak memories (largest process).
"startup" times the wizard to its first painted page against a bare QWizard (bench/bare_wizard.cpp),
both quitting once painted (SCIM_CONSOLE_QUIT_AFTER_FIRST_PAINT), alternated the same way.

Measured, never asserted: run it by hand (bench/compare, README "Benchmarks").
"""

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

# name, console arguments after the target, how curl replays: (N, False) one curl sending N at a
# time; (N, True) N curl processes at once, each replaying whole users' sequences one after the other
# (a user's requests depend on each other, as the pilot's do).
SCENARIOS = [
    ("verify", ["verify"], (6, False)),
    ("pilot", ["pilot", "--dialect", "entra"], (1, False)),
    ("burst-50", ["pilot", "--dialect", "entra", "--count", "50", "--concurrency", "8"], (8, True)),
    ("preview-500", ["group-preview", "--users", "{csv}"], (4, False)),
]


def timed(argv, env, stdout_path=None):
    """Runs argv; returns (wall seconds, peak RSS in KiB)."""
    return timed_all([argv], env, stdout_path)


def timed_all(commands, env, stdout_path=None):
    """Runs every command at once; returns (wall seconds until the last ends, largest peak RSS in KiB)."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    start = time.monotonic()
    processes = [subprocess.Popen(argv, env=env, stdout=out, stderr=subprocess.DEVNULL) for argv in commands]
    peak = 0
    for process in processes:
        _, _, usage = os.wait4(process.pid, 0)
        peak = max(peak, usage.ru_maxrss)
    wall = time.monotonic() - start
    if stdout_path:
        out.close()
    return wall, peak


def curl_phases(result, token, lanes):
    """The run's exchanges as phases of @p lanes curl configs each: the users' lives (users spread
    over the lanes, each user's requests in the run's order), then the pilot's own cleanup (its
    steps spread the same way, as the console runs it once every life has ended). One request per
    exchange. Returns (phases, request count)."""
    users = {}
    for step in result.get("steps", []):
        users.setdefault(step.get("user", ""), []).append(step)
    cleanup = [[step] for step in (result.get("cleanup") or {}).get("steps", [])]
    phases, count = [], 0
    for groups in (list(users.values()), cleanup):
        configs = [[] for _ in range(lanes)]
        for n, steps in enumerate(groups):
            text, requests = curl_config(steps, token)
            if requests:
                configs[n % lanes].append(text)
            count += requests
        phase = ["next\n".join(config) for config in configs if config]
        if phase:
            phases.append(phase)
    return phases, count


def curl_config(steps, token):
    """Some steps' exchanges as a curl config: one request per exchange, in order."""
    lines = []
    count = 0
    for step in steps:
        for exchange in step.get("exchanges", []):
            url = exchange.get("url", "")
            if "/oauth/" in url:
                continue
            if lines:
                lines.append("next")
            lines.append("url = " + json.dumps(url))
            lines.append("request = " + json.dumps(exchange.get("method", "GET")))
            lines.append("output = /dev/null")
            lines.append("silent")
            for name, value in exchange.get("requestHeaders", {}).items():
                if name.lower() == "authorization":
                    value = "" if value == "" else "Bearer " + token
                if name.lower() in ("content-length", "host"):
                    continue
                lines.append("header = " + json.dumps(name + ": " + value))
            body = exchange.get("requestBody")
            text = json.dumps(body, separators=(",", ":")) if body is not None else exchange.get("requestText")
            if text:
                lines.append("data-binary = " + json.dumps(text))
            count += 1
    return "\n".join(lines) + "\n", count


def startup(console, bare, env, scratch, runs):
    """The wizard's first paint against a bare QWizard's, run after run in turn; returns the medians
    (console s, bare s, wall ratio, console KiB, bare KiB, memory ratio)."""
    env = dict(env, SCIM_CONSOLE_QUIT_AFTER_FIRST_PAINT="1")
    # A first start: no saved progress to resume, no profiles, no pending cleanup.
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = os.path.join(scratch, "startup", name.lower())
        os.makedirs(env[name], exist_ok=True)
    runtime = os.path.join(scratch, "startup", "runtime")
    os.makedirs(runtime, mode=0o700, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = runtime
    timed([console], env)  # warm-up
    timed([bare], env)
    ours, theirs, ours_rss, theirs_rss = [], [], [], []
    for _ in range(runs):
        wall, rss = timed([console], env)
        wall_bare, rss_bare = timed([bare], env)
        ours.append(wall)
        theirs.append(wall_bare)
        ours_rss.append(rss)
        theirs_rss.append(rss_bare)
    median = statistics.median
    return (median(ours), median(theirs), median(a / b for a, b in zip(ours, theirs)), median(ours_rss),
            median(theirs_rss), median(a / b for a, b in zip(ours_rss, theirs_rss)))


def users_csv(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write("userName,givenName,familyName,email\n")
        for n in range(rows):
            f.write(f"bench.person{n}@example.com,Bench,Person{n},bench.person{n}@example.com\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--console", default="build/release/src/scim-console")
    parser.add_argument("--latency-ms", type=int, default=20)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bare-wizard", default=None, help="default: bench/bare_wizard beside --console")
    parser.add_argument("--only", nargs="*", help="scenario names (and startup)")
    args = parser.parse_args()

    console = os.path.abspath(args.console)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    env.pop("DISPLAY", None)
    scratch = tempfile.mkdtemp(prefix="scim-bench-")
    if not args.only or "startup" in args.only:
        bare = args.bare_wizard or os.path.join(os.path.dirname(console), "..", "bench", "bare_wizard")
        ours, theirs, ratio, ours_kib, theirs_kib, memory = startup(console, os.path.abspath(bare), env, scratch,
                                                                    args.runs)
        print(f"startup, {args.runs} paired runs; {os.cpu_count()} processors, load {os.getloadavg()[0]:.2f}: "
              f"first paint {ours:.3f} s against a bare QWizard's {theirs:.3f} s, ratio {ratio:.2f}; "
              f"peak memory {ours_kib / 1024:.1f} MiB against {theirs_kib / 1024:.1f} MiB, ratio {memory:.2f}")
        if args.only == ["startup"]:
            return 0
    # The sandbox logs every request on stdout: into a file, so a full pipe never stalls it.
    log_path = os.path.join(scratch, "sandbox.log")
    log = open(log_path, "wb")
    sandbox = subprocess.Popen([console, "sandbox", "--latency-ms", str(args.latency_ms)], env=env,
                               stdout=log, stderr=subprocess.DEVNULL)
    try:
        banner = None
        while banner is None and sandbox.poll() is None:
            with open(log_path, encoding="utf-8") as f:
                first = f.readline()
            if first.endswith("\n"):
                banner = json.loads(first)
            else:
                time.sleep(0.05)
        if banner is None:
            sys.exit("the sandbox did not start")
        endpoint, token = banner["endpoint"], banner["token"]
        env["SCIM_CONSOLE_TOKEN"] = token
        csv = os.path.join(scratch, "people.csv")
        users_csv(csv, 500)
        print(f"sandbox {endpoint}, {args.latency_ms} ms per answer, {args.runs} paired runs each; "
              f"{os.cpu_count()} processors, load {os.getloadavg()[0]:.2f}")
        print(f"{'scenario':<12} {'requests':>8} {'console s':>10} {'curl s':>8} {'ratio':>6} "
              f"{'req/s':>7} {'console MiB':>11} {'curl MiB':>8}")
        for name, command, replay in SCENARIOS:
            if args.only and name not in args.only:
                continue
            argv = [console] + [a.replace("{csv}", csv) for a in command] + ["--endpoint", endpoint, "--json"]
            result_path = os.path.join(scratch, name + ".json")
            timed(argv, env, result_path)  # warm-up, and the requests to replay
            with open(result_path, encoding="utf-8") as f:
                result = json.load(f)
            concurrency, by_user = replay
            phases, requests = curl_phases(result, token, concurrency if by_user else 1)
            if not by_user:
                phases = [["next\n".join(config for phase in phases for config in phase)]]
            curl_phases_argv = []
            for p, configs in enumerate(phases):
                curls = []
                for n, config in enumerate(configs):
                    config_path = os.path.join(scratch, f"{name}-{p}-{n}.curl")
                    with open(config_path, "w", encoding="utf-8") as f:
                        f.write(config)
                    curl = ["curl", "--config", config_path]
                    if concurrency > 1 and not by_user:
                        curl[1:1] = ["--parallel", "--parallel-max", str(concurrency)]
                    curls.append(curl)
                curl_phases_argv.append(curls)
            ours, theirs, ratios, ours_rss, theirs_rss = [], [], [], [], []
            for _ in range(args.runs):
                wall, rss = timed(argv, env)
                ours.append(wall)
                ours_rss.append(rss)
                wall_curl, rss_curl = 0.0, 0
                for curls in curl_phases_argv:
                    wall_phase, rss_phase = timed_all(curls, env)
                    wall_curl += wall_phase
                    rss_curl = max(rss_curl, rss_phase)
                theirs.append(wall_curl)
                theirs_rss.append(rss_curl)
                ratios.append(wall / wall_curl)
            median = statistics.median(ours)
            print(f"{name:<12} {requests:>8} {median:>10.3f} {statistics.median(theirs):>8.3f} "
                  f"{statistics.median(ratios):>6.2f} {requests / median:>7.1f} "
                  f"{max(ours_rss) / 1024:>11.1f} {max(theirs_rss) / 1024:>8.1f}")
        print("ratio: median of the pairwise console/curl wall-time ratios; curl replays the run's own "
              "exchanges (" + shlex.join(["curl", "--parallel", "--parallel-max", "N", "--config", "FILE"])
              + "; burst-50: 8 curl processes, whole users each, then the cleanup's steps the same way)")
    finally:
        sandbox.terminate()
        sandbox.wait()
        log.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
