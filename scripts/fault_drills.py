#!/usr/bin/env python3
"""The fault drills: Kairos under booking load while its peers fail, one fault at a time.

Run through scripts/fault-drills.sh, which builds the release binaries and provides the peers'
programs. Everything here is private to the run and on 127.0.0.1 only: a PostgreSQL cluster of
its own (so it can be crashed and stopped), Redis, NATS with JetStream, an SMTP sink (aiosmtpd),
`kairos serve` with in-process workers and Redis sessions, and a real Prometheus scraping it
every second with the shipped alert rules, their `for:` and range windows divided by
DRILL_TIME_SCALE (10: `for: 5m` becomes 30 s) so that a drill of a minute can show them fire.

Each drill: kairos-load books through the public API (12 users; list slots, book, cancel one in
five), journaling every request and every acknowledged booking and cancellation; after a quiet
lead the fault starts, lasts its time, and ends; the load goes on to show the recovery. Then the
queue is given time to drain and the drill is judged: acknowledged bookings missing from the
database (must be 0), acknowledged cancellations not cancelled (0), overlapping bookings of one
host (0), jobs stuck (0: running with an expired lease, or due and not picked up), 5xx other
than 503 (0), the alerts that should fire did, and none fired in the quiet run.

Results: DRILL_OUT/<timestamp>/ (report.json, summary.md, every run's journal and logs) and the
table between the fault-drills markers of BENCHMARKS.md. Exits 1 when a drill broke a promise.
"""

import datetime
import glob
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ADDRESS = "127.0.0.1"  # the only address anything here talks to
BASE_PORT = int(os.environ.get("DRILL_BASE_PORT", "58100"))
PORTS = {name: BASE_PORT + i for i, name in enumerate(["api", "metrics", "pg", "redis", "nats", "smtp", "prom"])}
SCALE = float(os.environ.get("DRILL_TIME_SCALE", "10"))
USERS = os.environ.get("DRILL_USERS", "12")
LEAD_S = float(os.environ.get("DRILL_LEAD", "10"))
TAIL_S = float(os.environ.get("DRILL_TAIL", "25"))
ONLY = set(filter(None, os.environ.get("DRILL_ONLY", "").split(",")))
OUT_ROOT = os.environ.get("DRILL_OUT", "docs/fault-drills")
BENCHMARKS = os.environ.get("DRILL_BENCHMARKS", "BENCHMARKS.md")
KAIROS = os.environ["DRILL_KAIROS_BIN"]
LOAD = os.environ["DRILL_LOAD_BIN"]
PYTHON = os.environ.get("DRILL_PYTHON", sys.executable)

RUN_STARTED = time.time()
STAMP = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
OUT = os.path.join(OUT_ROOT, STAMP)
WORK = tempfile.mkdtemp(prefix="kairos-drills.")
os.chmod(WORK, 0o755)  # the private PostgreSQL runs as its own user and must reach its directory
PROCESSES = {}
MOUNTS = []


def log(message):
    print(f"[{time.time() - RUN_STARTED:6.1f}s] {message}", file=sys.stderr, flush=True)


# --- processes -----------------------------------------------------------------------------------


def spawn(name, argv, env=None):
    logfile = open(os.path.join(WORK, f"{name}.log"), "ab")
    PROCESSES[name] = subprocess.Popen(argv, stdout=logfile, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    return PROCESSES[name]


def stop(name, sig=signal.SIGTERM, grace=15):
    process = PROCESSES.pop(name, None)
    if process is None or process.poll() is not None:
        return
    process.send_signal(sig)
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def listening(port):
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex((ADDRESS, port)) == 0


def wait_for(check, within, what):
    deadline = time.time() + within
    while time.time() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise RuntimeError(f"{what} did not happen within {within} s (logs in {WORK})")


def http(method, url, body=None, timeout=5, headers=None):
    request = urllib.request.Request(url, method=method, data=body, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()
    except (urllib.error.URLError, OSError, TimeoutError):
        return None, b""


# --- the private PostgreSQL ----------------------------------------------------------------------

PG_BIN = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))[-1]
PG_DATA = os.path.join(WORK, "pg", "data")
PG_URL = f"postgres://postgres@{ADDRESS}:{PORTS['pg']}/kairos"


def as_postgres(argv):
    if os.geteuid() == 0:
        argv = ["runuser", "-u", "postgres", "--"] + argv
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pg_ctl(*args):
    as_postgres([f"{PG_BIN}/pg_ctl", "-D", PG_DATA, "-l", os.path.join(WORK, "pg", "server.log"), "-w", "-t", "60", *args])


def start_postgres():
    os.makedirs(os.path.join(WORK, "pg"))
    if os.geteuid() == 0:
        shutil.chown(os.path.join(WORK, "pg"), "postgres", "postgres")
    as_postgres([f"{PG_BIN}/initdb", "-D", PG_DATA, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C"])
    with open(os.path.join(PG_DATA, "postgresql.auto.conf"), "a") as conf:
        conf.write(f"port = {PORTS['pg']}\nlisten_addresses = '{ADDRESS}'\n")
        conf.write(f"unix_socket_directories = '{os.path.join(WORK, 'pg')}'\n")
        # Durable as in production: an acknowledged booking must survive a crash.
        conf.write("fsync = on\nsynchronous_commit = on\nmax_connections = 200\n")
    pg_ctl("start")
    psql("postgres", "CREATE DATABASE kairos")


def psql(database, sql):
    url = f"postgres://postgres@{ADDRESS}:{PORTS['pg']}/{database}"
    done = subprocess.run(["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", url, "-c", sql], capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"psql failed: {done.stderr.strip()}")
    return done.stdout


# --- the peers and Kairos ------------------------------------------------------------------------


def start_redis():
    spawn("redis", ["redis-server", "--bind", ADDRESS, "--port", str(PORTS["redis"]), "--save", "", "--appendonly", "no", "--dir", WORK])
    wait_for(lambda: listening(PORTS["redis"]), 20, "Redis listening")


def start_nats():
    spawn("nats", [NATS_SERVER, "-a", ADDRESS, "-p", str(PORTS["nats"]), "-js", "-sd", os.path.join(WORK, "nats")])
    wait_for(lambda: listening(PORTS["nats"]), 20, "NATS listening")


def start_smtp():
    spawn("smtp", [PYTHON, "-m", "aiosmtpd", "-n", "-l", f"{ADDRESS}:{PORTS['smtp']}", "-c", "aiosmtpd.handlers.Sink"])
    wait_for(lambda: listening(PORTS["smtp"]), 20, "the SMTP sink listening")


NATS_SERVER = shutil.which("nats-server") or "/usr/sbin/nats-server"
BACKUPS = os.path.join(WORK, "backups")


def kairos_env(**extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("KAIROS_") and k != "DATABASE_URL"}
    env.update(
        KAIROS_DATABASE_URL=PG_URL,
        KAIROS_LISTEN=f"{ADDRESS}:{PORTS['api']}",
        KAIROS_METRICS_LISTEN=f"{ADDRESS}:{PORTS['metrics']}",
        KAIROS_REDIS_URL=f"redis://{ADDRESS}:{PORTS['redis']}",
        KAIROS_NATS_URL=f"nats://{ADDRESS}:{PORTS['nats']}",
        KAIROS_SMTP_HOST=ADDRESS,
        KAIROS_SMTP_PORT=str(PORTS["smtp"]),
        KAIROS_SMTP_TLS="none",
        KAIROS_EMAIL_FROM="Kairos drills <drills@kairos.example>",
        KAIROS_PUBLIC_URL=f"http://{ADDRESS}:{PORTS['api']}",
        KAIROS_SERVE_WORKERS="8",
        # Retries come quickly, so a drill's queue drains within its minute, and the ten
        # attempts of an e-mail still span a 40 s outage (1 + 2 + 4 + 8 + 15 × 5 s).
        KAIROS_JOB_BACKOFF_BASE_MS="1000",
        KAIROS_JOB_BACKOFF_MAX_SECS="15",
        KAIROS_TRUSTED_PROXIES=ADDRESS,
        KAIROS_BACKUP_DIR=BACKUPS,
        KAIROS_LOG="warn",
    )
    env.update(extra)
    return env


def start_kairos():
    spawn("kairos", [KAIROS, "serve"], env=kairos_env())
    wait_for(lambda: http("GET", api("/readyz"))[0] == 200, 90, "Kairos ready")


def api(path):
    return f"http://{ADDRESS}:{PORTS['api']}{path}"


def kairos_cli(*args, **env):
    return subprocess.run([KAIROS, *args], env=kairos_env(**env), capture_output=True, text=True, timeout=300)


# --- Prometheus ----------------------------------------------------------------------------------


def scaled(amount, unit):
    seconds = int(amount) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[unit]
    return f"{max(1, round(seconds / SCALE))}s"


def start_prometheus():
    rules = open("deploy/monitoring/rules/kairos.rules.yml").read()
    rules = re.sub(r"for: (\d+)([smhd])\b", lambda m: "for: " + scaled(*m.groups()), rules)
    rules = re.sub(r"\[(\d+)([smhd])\]", lambda m: "[" + scaled(*m.groups()) + "]", rules)
    os.makedirs(os.path.join(WORK, "prometheus"))
    with open(os.path.join(WORK, "prometheus", "rules.yml"), "w") as f:
        f.write(rules)
    with open(os.path.join(WORK, "prometheus", "prometheus.yml"), "w") as f:
        f.write(
            "global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n  evaluation_interval: 1s\n"
            "rule_files:\n  - rules.yml\n"
            f"scrape_configs:\n  - job_name: kairos-api\n    static_configs:\n      - targets: ['{ADDRESS}:{PORTS['metrics']}']\n"
        )
    spawn(
        "prometheus",
        [
            "prometheus",
            f"--config.file={WORK}/prometheus/prometheus.yml",
            f"--storage.tsdb.path={WORK}/prometheus/data",
            f"--web.listen-address={ADDRESS}:{PORTS['prom']}",
        ],
    )
    wait_for(lambda: http("GET", prom("/-/ready"))[0] == 200, 60, "Prometheus ready")


def prom(path):
    return f"http://{ADDRESS}:{PORTS['prom']}{path}"


def prom_query(path, **params):
    status, body = http("GET", prom(path) + "?" + urllib.parse.urlencode(params))
    if status != 200:
        return None
    return json.loads(body)["data"]


def alerts_fired(since, until):
    """{alert name: first second it was firing}, between two Unix times."""
    data = prom_query("/api/v1/query_range", query='ALERTS{alertstate="firing"}', start=since, end=until, step="1s")
    fired = {}
    for series in (data or {}).get("result", []):
        name = series["metric"]["alertname"]
        first = min(float(t) for t, _ in series["values"])
        fired[name] = min(first, fired.get(name, first))
    return fired


def firing_now():
    data = prom_query("/api/v1/query", query='ALERTS{alertstate="firing"}')
    return sorted({r["metric"]["alertname"] for r in (data or {}).get("result", [])})


# --- load and judgement --------------------------------------------------------------------------


class PageProbe:
    """Asks for a page that needs a session (the log-in form) once a second: the web app's view."""

    def __init__(self):
        self.samples = []
        self.running = True
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        while self.running:
            # A visitor of its own each time: one address would meet the limit on new
            # anonymous sessions (120 an hour) within the run.
            visitor = f"10.251.{len(self.samples) // 250 % 250}.{len(self.samples) % 250 + 1}"
            status, _ = http("GET", api("/login"), timeout=3, headers={"X-Forwarded-For": visitor})
            self.samples.append((time.time(), status))
            time.sleep(1)

    def stop(self):
        self.running = False
        self.thread.join()


def start_load(name, seconds):
    directory = os.path.join(OUT, name)
    os.makedirs(directory, exist_ok=True)
    argv = [
        LOAD, "run", "--target", api(""), "--fixture", FIXTURE, "--users", USERS, "--ramp-up", "2s",
        "--duration", f"{seconds}s", "--think-time", "250ms", "--timeout", "5s",
        "--mix", "page=0.5,slots=1,book=1,cancel=0.2", "--out-dir", directory, "--label", name,
        "--journal", os.path.join(directory, "journal.jsonl"), "--quiet",
    ]
    return subprocess.Popen(argv, stdout=open(os.path.join(directory, "table.txt"), "w"), stderr=subprocess.STDOUT)


def jobs_settled():
    row = psql("kairos", "SELECT count(*) FROM jobs WHERE state = 'running' OR (state = 'queued' AND run_at <= now() + interval '15 seconds')")
    return int(row.strip() or 0) == 0


def jobs_state():
    row = psql(
        "kairos",
        "SELECT count(*) FILTER (WHERE state = 'running' AND lease_until < now()), "
        "count(*) FILTER (WHERE state = 'queued' AND run_at < now() - interval '30 seconds'), "
        "count(*) FILTER (WHERE state = 'dead'), "
        "count(*) FILTER (WHERE state IN ('queued', 'running') AND kind <> 'booking.reminder') "
        "FROM jobs",
    ).strip()
    expired, overdue, dead, pending = (int(x) for x in row.split("|"))
    return {"expired_leases": expired, "overdue": overdue, "dead_total": dead, "pending": pending}


def judge(journal_path, fault_end):
    lines = [json.loads(line) for line in open(journal_path)]
    requests = [l for l in lines if "step" in l]
    booked = [l["booked"] for l in lines if "booked" in l]
    cancelled = [l["cancelled"] for l in lines if "cancelled" in l]
    stored = dict(
        line.split("|", 1) for line in psql("kairos", "SELECT uid || '|' || status FROM bookings").splitlines() if line
    )
    by_status = {}
    for r in requests:
        key = str(r["status"]) if r["status"] is not None else r["outcome"]
        if r["outcome"] not in ("ok", "conflict"):
            by_status[key] = by_status.get(key, 0) + 1
    recovery = None
    if fault_end is not None:
        after = [r["at_ms"] for r in requests if r["step"] == "book" and r["outcome"] == "ok" and r["at_ms"] >= fault_end * 1000]
        recovery = round(min(after) / 1000 - fault_end, 2) if after else None
    double = int(
        psql(
            "kairos",
            "SELECT count(*) FROM booking_hosts a JOIN booking_hosts b ON a.host_id = b.host_id "
            "AND a.booking_id < b.booking_id AND a.during && b.during WHERE a.active AND b.active",
        ).strip()
    )
    return {
        "requests": len(requests),
        "ok": sum(1 for r in requests if r["outcome"] == "ok"),
        "conflicts": sum(1 for r in requests if r["outcome"] == "conflict"),
        "failed_by_status": dict(sorted(by_status.items())),
        "server_errors_not_503": sum(n for k, n in by_status.items() if k.isdigit() and int(k) >= 500 and k != "503"),
        "bookings_acknowledged": len(booked),
        "bookings_lost": sum(1 for uid in booked if uid not in stored),
        "cancellations_acknowledged": len(cancelled),
        "cancellations_lost": sum(1 for uid in cancelled if stored.get(uid) != "cancelled"),
        "double_bookings": double,
        "first_booking_after_fault_s": recovery,
    }


# --- the drills ----------------------------------------------------------------------------------


def fault_pg_restart():
    pg_ctl("restart", "-m", "immediate")


def fault_pg_stop():
    pg_ctl("stop", "-m", "fast")
    time.sleep(30)
    pg_ctl("start")


def fault_kill():
    stop("kairos", signal.SIGKILL)
    time.sleep(20)
    spawn("kairos", [KAIROS, "serve"], env=kairos_env())


def outage(name, start, seconds):
    def fault():
        stop(name)
        time.sleep(seconds)
        start()

    return fault


def fault_lock():
    psql("kairos", "BEGIN; LOCK TABLE bookings, booking_hosts IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(15); COMMIT")


BACKUP_RESULTS = {}


def try_backup(label, directory):
    done = kairos_cli("backup", "create", KAIROS_BACKUP_DIR=directory)
    left = sorted(os.listdir(directory)) if os.path.isdir(directory) else []
    message = (done.stderr.strip().splitlines() or [""])[-1][:300]
    BACKUP_RESULTS[label] = {"exit": done.returncode, "message": message, "files_left": left}


def fault_backup_disk():
    full = os.path.join(WORK, "full")
    read_only = os.path.join(WORK, "read-only")
    for directory in (full, read_only):
        os.makedirs(directory)
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", directory], check=True)
        MOUNTS.append(directory)
    subprocess.run(["mount", "-o", "remount,ro", read_only], check=True)
    try_backup("full", full)
    try_backup("read_only", read_only)
    try_backup("after", BACKUPS)


DRILLS = [
    # name, what, fault, alerts that must fire, seconds of fault for the schedule
    ("quiet", "no fault: the same load, for the baseline and to show that no alert fires", None, [], 30),
    ("pg-restart", "PostgreSQL crashed (pg_ctl restart -m immediate) under load", fault_pg_restart, [], 2),
    ("pg-stop", "PostgreSQL stopped for 30 s under load, then started", fault_pg_stop, ["KairosDatabaseDown"], 30),
    ("api-kill", "`kairos serve` SIGKILLed mid-request, started again 20 s later", fault_kill, ["KairosTargetDown"], 20),
    ("nats-down", "NATS stopped for 30 s", outage("nats", start_nats, 30), ["KairosNatsDown"], 30),
    ("redis-down", "Redis (sessions, rate limits) stopped for 30 s", outage("redis", start_redis, 30), ["KairosRedisDown"], 30),
    ("smtp-down", "the SMTP server stopped for 40 s", outage("smtp", start_smtp, 40), ["KairosJobsFailing"], 40),
    ("table-lock", "`bookings` and `booking_hosts` locked ACCESS EXCLUSIVE for 15 s", fault_lock, [], 15),
    ("backup-disk", "a backup to a full disk and to a read-only one (64 KiB tmpfs), under load", fault_backup_disk, [], 5),
]


def run_drill(name, what, fault, expected, fault_seconds):
    log(f"drill {name}: {what}")
    try:
        wait_for(lambda: not firing_now(), 120, "the alerts of the previous drill clearing")
    except RuntimeError:
        log(f"still firing before drill {name}: {', '.join(firing_now())}")
    firing_before = firing_now()
    dead_before = jobs_state()["dead_total"]
    started = time.time()
    load = start_load(name, int(LEAD_S + fault_seconds + TAIL_S))
    probe = PageProbe()
    time.sleep(LEAD_S)
    fault_start = fault_end = None
    if fault is not None:
        fault_start = time.time()
        fault()
        fault_end = time.time()
        wait_for(lambda: http("GET", api("/readyz"))[0] == 200, 120, "Kairos ready after the fault")
    if load.wait(timeout=LEAD_S + fault_seconds + TAIL_S + 120) != 0:
        raise RuntimeError(f"kairos-load failed in drill {name}: see {OUT}/{name}/table.txt")
    probe.stop()
    settle_started = time.time()
    try:
        wait_for(jobs_settled, 90, "the queue draining")
    except RuntimeError:
        pass
    drained = round(time.time() - settle_started, 1)
    time.sleep(3)  # a last scrape and evaluation
    fired = alerts_fired(started, time.time())
    origin = fault_start or started + LEAD_S
    jobs = jobs_state()
    pages = {}
    for at, status in probe.samples:
        if fault_start and fault_start <= at <= (fault_end or at):
            key = str(status) if status else "no answer"
            pages[key] = pages.get(key, 0) + 1
    result = {
        "drill": name,
        "what": what,
        "fault_s": round(fault_end - fault_start, 1) if fault_start else None,
        **judge(os.path.join(OUT, name, "journal.jsonl"), fault_end),
        "web_pages_during_fault": pages,
        "jobs_stuck": jobs["expired_leases"] + jobs["overdue"],
        "jobs_dead_new": jobs["dead_total"] - dead_before,
        "jobs_still_pending": jobs["pending"],
        "queue_drained_s": drained,
        "alerts_fired": {k: round(v - origin, 1) for k, v in sorted(fired.items(), key=lambda kv: kv[1])},
        "alerts_expected": expected,
        "alerts_firing_before": firing_before,
    }
    result["alerts_missing"] = [a for a in expected if a not in fired]
    if name == "backup-disk":
        result["backups"] = dict(BACKUP_RESULTS)
    result["problems"] = problems(result)
    log(f"drill {name}: " + ("; ".join(result["problems"]) or "held"))
    return result


def problems(r):
    found = []
    for key in ("bookings_lost", "cancellations_lost", "double_bookings", "jobs_stuck", "jobs_dead_new", "server_errors_not_503"):
        if r[key]:
            found.append(f"{key} = {r[key]}")
    if r["alerts_missing"]:
        found.append("alerts that did not fire: " + ", ".join(r["alerts_missing"]))
    if r["drill"] == "quiet" and r["alerts_fired"]:
        found.append("alerts fired in the quiet run: " + ", ".join(r["alerts_fired"]))
    for label, backup in r.get("backups", {}).items():
        if (label == "after") != (backup["exit"] == 0):
            found.append(f"backup {label} exited {backup['exit']}")
        if label != "after" and backup["files_left"]:
            found.append(f"backup {label} left {backup['files_left']}")
    return found


# --- the report ----------------------------------------------------------------------------------


def summary(meta, results):
    def statuses(d):
        return ", ".join(f"{k}: {v}" for k, v in d.items()) or "none"

    rows = [
        f"Run {meta['stamp']} on {meta['cores']} cores, PostgreSQL {meta['pg_version']}, commit {meta['commit']}; "
        f"{meta['users']} users (list slots, book, cancel 20 %), think time 250 ms, client timeout 5 s; "
        f"Prometheus scraping every second with the shipped rules, their `for:` and range windows divided by {meta['time_scale']:g}.",
        "",
        "| drill | fault | requests | failed (by status) | 5xx not 503 | first booking after the fault | bookings acknowledged / lost | cancellations acknowledged / lost | double bookings | jobs stuck / newly dead | queue drained | alerts fired (s after the fault began) |",
        "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        alerts = ", ".join(f"{k} +{v:g}" for k, v in r["alerts_fired"].items()) or "none"
        if r["alerts_missing"]:
            alerts += " (missing: " + ", ".join(r["alerts_missing"]) + ")"
        recovery = "–" if r["first_booking_after_fault_s"] is None else f"{r['first_booking_after_fault_s']:g} s"
        rows.append(
            f"| {r['drill']} | {'–' if r['fault_s'] is None else str(r['fault_s']) + ' s'} | {r['requests']} | {statuses(r['failed_by_status'])} "
            f"| {r['server_errors_not_503']} | {recovery} | {r['bookings_acknowledged']} / {r['bookings_lost']} "
            f"| {r['cancellations_acknowledged']} / {r['cancellations_lost']} | {r['double_bookings']} "
            f"| {r['jobs_stuck']} / {r['jobs_dead_new']} | {r['queue_drained_s']:g} s | {alerts} |"
        )
    rows += ["", "What each drill did, and the web app's view (a page that needs a session, asked once a second during the fault):", ""]
    for r in results:
        rows.append(f"- `{r['drill']}`: {r['what']}. Pages during the fault: {statuses(r['web_pages_during_fault'])}.")
        for label, b in r.get("backups", {}).items():
            rows.append(f"  - backup {label}: exit {b['exit']}, files left {b['files_left'] or 'none'}; {b['message']}")
    verdict = [p for r in results for p in (f"{r['drill']}: {x}" for x in r["problems"])]
    rows += ["", "Verdict: " + ("; ".join(verdict) if verdict else "every drill held (nothing acknowledged lost, no double booking, no stuck job, no 5xx but 503, the expected alerts fired, none in the quiet run).")]
    return "\n".join(rows) + "\n"


def update_benchmarks(text):
    if not BENCHMARKS:
        return
    begin, end = "<!-- fault-drills:begin -->", "<!-- fault-drills:end -->"
    body = open(BENCHMARKS).read() if os.path.exists(BENCHMARKS) else ""
    block = f"{begin}\n{text}{end}"
    if begin in body:
        body = body[: body.index(begin)] + block + body[body.index(end) + len(end):]
    else:
        body += (
            "\n## Fault drills\n\n"
            "`scripts/fault-drills.sh` (docs/testing.md, \"Fault drills\") runs Kairos under booking load while one peer at a "
            "time fails, and judges what the clients saw, what the database kept and what Prometheus alerted.\n\n" + block + "\n"
        )
    open(BENCHMARKS, "w").write(body)


def cleanup():
    for name in list(PROCESSES):
        stop(name, grace=10)
    for directory in reversed(MOUNTS):
        subprocess.run(["umount", "-l", directory], stderr=subprocess.DEVNULL)
    try:
        pg_ctl("stop", "-m", "fast")
    except Exception:
        pass


FIXTURE = os.path.join(WORK, "fixture.json")


def main():
    os.makedirs(OUT, exist_ok=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(130))
    results = []
    try:
        log(f"private peers on 127.0.0.1:{BASE_PORT}-{BASE_PORT + len(PORTS) - 1}; work in {WORK}")
        start_postgres()
        start_redis()
        start_nats()
        start_smtp()
        start_kairos()
        start_prometheus()
        done = subprocess.run([LOAD, "setup", "--target", api(""), "--hosts", "20", "--out", FIXTURE], capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"kairos-load setup failed: {done.stderr}")
        # A fresh, verified backup, as production has: the backup-age alerts stay quiet.
        for step in (["backup", "create"], ["backup", "verify"]):
            done = kairos_cli(*step)
            if done.returncode != 0:
                raise RuntimeError(f"kairos {' '.join(step)} failed: {done.stderr}")
        for drill in DRILLS:
            if ONLY and drill[0] not in ONLY:
                continue
            results.append(run_drill(*drill))
    finally:
        cleanup()
        for name in os.listdir(WORK):
            if name.endswith(".log"):
                shutil.copy(os.path.join(WORK, name), os.path.join(OUT, name))
    meta = {
        "stamp": STAMP,
        "cores": os.cpu_count(),
        "pg_version": PG_BIN.split("/")[-2],
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip(),
        "users": int(USERS),
        "time_scale": SCALE,
    }
    with open(os.path.join(OUT, "report.json"), "w") as f:
        json.dump({"meta": meta, "drills": results}, f, indent=2)
    text = summary(meta, results)
    with open(os.path.join(OUT, "summary.md"), "w") as f:
        f.write(text)
    if not ONLY:
        update_benchmarks(text)
    print(text)
    shutil.rmtree(WORK, ignore_errors=True)
    return 1 if any(r["problems"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
