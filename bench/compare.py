#!/usr/bin/env python3
"""The console against curl replaying the very same requests, side by side.

Starts the sandbox with a latency per answer, runs each scenario with the console (--json), turns
that run's own exchanges into a curl config (the same methods, URLs, headers and bodies, the real
token in place of the masked one) and replays it with curl at the concurrency the scenario names.
Runs alternate console, curl, console, curl ...; the table shows the median of the pairwise ratios
(console / curl), the console's requests per second and both peak memories (largest process).

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


def curl_configs(result, token, lanes):
    """The run's exchanges as @p lanes curl configs (users spread over them, each user's requests
    in the run's order); one request per exchange. Returns (configs, request count)."""
    users = {}
    for step in result.get("steps", []):
        users.setdefault(step.get("user", ""), []).append(step)
    configs = [[] for _ in range(lanes)]
    count = 0
    for n, steps in enumerate(users.values()):
        text, requests = curl_config(steps, token)
        configs[n % lanes].append(text)
        count += requests
    return ["next\n".join(part for part in config if part) for config in configs], count


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
    parser.add_argument("--only", nargs="*", help="scenario names")
    args = parser.parse_args()

    console = os.path.abspath(args.console)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    env.pop("DISPLAY", None)
    scratch = tempfile.mkdtemp(prefix="scim-bench-")
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
            configs, requests = curl_configs(result, token, concurrency if by_user else 1)
            curls = []
            for n, config in enumerate(configs):
                config_path = os.path.join(scratch, f"{name}-{n}.curl")
                with open(config_path, "w", encoding="utf-8") as f:
                    f.write(config)
                curl = ["curl", "--config", config_path]
                if concurrency > 1 and not by_user:
                    curl[1:1] = ["--parallel", "--parallel-max", str(concurrency)]
                curls.append(curl)
            ours, theirs, ratios, ours_rss, theirs_rss = [], [], [], [], []
            for _ in range(args.runs):
                wall, rss = timed(argv, env)
                ours.append(wall)
                ours_rss.append(rss)
                wall_curl, rss_curl = timed_all(curls, env)
                theirs.append(wall_curl)
                theirs_rss.append(rss_curl)
                ratios.append(wall / wall_curl)
            median = statistics.median(ours)
            print(f"{name:<12} {requests:>8} {median:>10.3f} {statistics.median(theirs):>8.3f} "
                  f"{statistics.median(ratios):>6.2f} {requests / median:>7.1f} "
                  f"{max(ours_rss) / 1024:>11.1f} {max(theirs_rss) / 1024:>8.1f}")
        print("ratio: median of the pairwise console/curl wall-time ratios; curl replays the run's own "
              "exchanges (" + shlex.join(["curl", "--parallel", "--parallel-max", "N", "--config", "FILE"])
              + "; burst-50: 8 curl processes, whole users each)")
    finally:
        sandbox.terminate()
        sandbox.wait()
        log.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
