"""The cluster drill: the 5,000-user journey of the seed experiment through HAProxy against
one, two and three Kairos instances (scripts/cluster.sh), then a run with faults: one instance
SIGKILLed and started again, NATS stopped and started again, one instance drained with
SIGTERM and started again. Run by scripts/cluster-drill.sh, which starts the cluster first.

Each run journals every request and every acknowledged booking (kairos-load --journal); every
booking carries an Idempotency-Key and is sent once more, with the same key, when it got no
answer, a 5xx or a 503. Judged against the database afterwards:
  errors seen by clients, by status; acknowledged bookings lost (must be 0); double bookings
  (must be 0); invitees booked twice, i.e. a retry that made a second booking (must be 0);
  events left unpublished once NATS is back (must reach 0); and, for the faults, how long
  HAProxy kept an instance in rotation after it died or began draining.

Writes <out>/report.json and <out>/summary.md. Only ever talks to 127.0.0.1.
"""

import json
import os
import socket
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLUSTER = os.path.join(ROOT, "scripts", "cluster.sh")
LOAD = os.environ["DRILL_LOAD_BIN"]
OUT = os.environ["DRILL_OUT_DIR"]
DIR = os.environ["CLUSTER_DIR"]
DB = os.environ.get("CLUSTER_DB", "kairos_cluster")
PORT = int(os.environ.get("CLUSTER_PORT", "18500"))
USERS = os.environ.get("DRILL_USERS", "5000")
RAMP = int(os.environ.get("DRILL_RAMP_UP", "20"))
HOLD = int(os.environ.get("DRILL_DURATION", "40"))
FAULT_HOLD = int(os.environ.get("DRILL_FAULT_DURATION", "100"))
THINK = os.environ.get("DRILL_THINK_TIME", "5s")
TARGET = f"http://127.0.0.1:{PORT}"
FIXTURE = os.path.join(OUT, "fixture.json")


def log(text):
    print(f"\n== {text}", file=sys.stderr, flush=True)


def psql(sql):
    return subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "kairos_test", "-d", DB, "-tAc", sql],
        check=True, capture_output=True, text=True, env={**os.environ, "PGPASSWORD": "kairos_test"},
    ).stdout.strip()


def haproxy(command):
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.connect(os.path.join(DIR, "haproxy.sock"))
        s.sendall((command + "\n").encode())
        chunks = []
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks).decode()


def server_states():
    """HAProxy's view of each instance: {"api1": "UP", ...}."""
    lines = haproxy("show stat").splitlines()
    header = lines[0].lstrip("# ").split(",")
    states = {}
    for line in lines[1:]:
        row = dict(zip(header, line.split(",")))
        if row.get("pxname") == "api" and row.get("svname", "").startswith("api"):
            states[row["svname"]] = row["status"]
    return states


def cluster(*args):
    subprocess.run([CLUSTER, *args], check=True)


def in_rotation(count):
    for n in range(1, 4):
        state = "ready" if n <= count else "maint"
        haproxy(f"set server api/api{n} state {state}")
    time.sleep(3)


def run_load(label, hold):
    directory = os.path.join(OUT, label)
    os.makedirs(directory, exist_ok=True)
    argv = [
        LOAD, "run", "--target", TARGET, "--fixture", FIXTURE, "--users", USERS,
        "--ramp-up", f"{RAMP}s", "--duration", f"{hold}s", "--think-time", THINK, "--timeout", "10s",
        "--out-dir", directory, "--label", label, "--journal", os.path.join(directory, "journal.jsonl"), "--quiet",
    ]
    return subprocess.Popen(argv, stdout=open(os.path.join(directory, "table.txt"), "w"), stderr=subprocess.STDOUT)


def judge(label):
    directory = os.path.join(OUT, label)
    lines = [json.loads(line) for line in open(os.path.join(directory, "journal.jsonl"))]
    requests = [l for l in lines if "step" in l]
    booked = [l["booked"] for l in lines if "booked" in l]
    retried = sum(1 for l in lines if "retried" in l)
    stored = set(psql("SELECT uid FROM bookings").split())
    by_status = {}
    for r in requests:
        if r["outcome"] in ("ok", "conflict"):
            continue
        key = str(r["status"]) if r["status"] is not None else r["outcome"]
        by_status[key] = by_status.get(key, 0) + 1
    return {
        "requests": len(requests),
        "ok": sum(1 for r in requests if r["outcome"] == "ok"),
        "conflicts": sum(1 for r in requests if r["outcome"] == "conflict"),
        "errors_by_status": dict(sorted(by_status.items())),
        "bookings_acknowledged": len(booked),
        "bookings_lost": sum(1 for uid in booked if uid not in stored),
        "booking_retries": retried,
    }


class Autovacuum:
    """Stands in for autovacuum (some PostgreSQL servers run without it): every 20 s, VACUUM
    ANALYZE, so the planner knows the job queue and the bookings have grown, as it would on a
    real deployment. Without it, a queue of 100,000 rows planned as an empty table is scanned
    whole on every job update."""

    def __init__(self):
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self.loop, daemon=True)
        self.thread.start()

    def loop(self):
        while not self.stopping.wait(20):
            subprocess.run(
                ["psql", "-h", "127.0.0.1", "-U", "kairos_test", "-d", DB, "-q",
                 "-c", "SET statement_timeout = 0", "-c", "VACUUM ANALYZE"],
                capture_output=True, env={**os.environ, "PGPASSWORD": "kairos_test"},
            )

    def stop(self):
        self.stopping.set()
        self.thread.join()


def database_checks():
    double = int(psql(
        "SELECT count(*) FROM booking_hosts a JOIN booking_hosts b ON a.host_id = b.host_id "
        "AND a.booking_id < b.booking_id AND a.during && b.during WHERE a.active AND b.active"))
    twice = int(psql(
        "SELECT count(*) FROM (SELECT lower(email) FROM attendees WHERE email LIKE 'invitee-%@load.example' "
        "GROUP BY lower(email) HAVING count(DISTINCT booking_id) > 1) t"))
    return {"double_bookings": double, "invitees_booked_twice": twice}


class Watch:
    """Samples HAProxy's view of the instances every 100 ms during the fault run."""

    def __init__(self):
        self.samples = []
        self.running = True
        self.thread = threading.Thread(target=self.loop, daemon=True)
        self.thread.start()

    def loop(self):
        while self.running:
            try:
                self.samples.append((time.time(), server_states()))
            except OSError:
                pass
            time.sleep(0.1)

    def stop(self):
        self.running = False
        self.thread.join()

    def out_of_rotation_after(self, server, since):
        """Seconds from `since` until HAProxy no longer counted `server` as UP."""
        for at, states in self.samples:
            if at >= since and not states.get(server, "").startswith("UP"):
                return round(at - since, 2)
        return None


def capacity_runs():
    results = {}
    for count in (1, 2, 3):
        label = f"instances-{count}"
        in_rotation(count)
        log(f"{label}: {USERS} users through HAProxy, {count} instance(s) in rotation")
        run_load(label, HOLD).wait()
        results[label] = judge(label)
    in_rotation(3)
    return results


def fault_run():
    label = "faults"
    log(f"{label}: {USERS} users, three instances; SIGKILL, NATS down, SIGTERM")
    load = run_load(label, FAULT_HOLD)
    watch = Watch()
    start = time.time() + RAMP
    timeline = {}

    def at(offset):
        time.sleep(max(0.0, start + offset - time.time()))
        return time.time()

    timeline["kill_api2"] = at(10)
    cluster("kill", "2")
    timeline["nats_down"] = at(25)
    cluster("nats", "down")
    timeline["revive_api2"] = at(35)
    cluster("revive", "2")
    timeline["nats_up"] = at(50)
    cluster("nats", "up")
    timeline["term_api3"] = at(60)
    cluster("term", "3")
    timeline["revive_api3"] = at(80)
    subprocess.run(["bash", "-c", f"while kill -0 $(cat {DIR}/pids/api3) 2>/dev/null; do sleep 0.2; done"], check=True)
    cluster("revive", "3")
    load.wait()
    watch.stop()
    result = judge(label)
    result["haproxy_out_of_rotation_s"] = {
        "after_sigkill": watch.out_of_rotation_after("api2", timeline["kill_api2"]),
        "after_sigterm": watch.out_of_rotation_after("api3", timeline["term_api3"]),
    }
    result["timeline_s"] = {k: round(v - start, 1) for k, v in timeline.items()}
    # Events written while NATS was down wait in the outbox and are published once it is back;
    # the worker serves e-mails first (higher priority), so they go out once the backlog left
    # by the load has drained.
    drained = time.time()
    deadline = drained + 600
    left = None
    while time.time() < deadline:
        left = int(psql("SELECT count(*) FROM domain_events WHERE published_at IS NULL"))
        if left == 0:
            break
        time.sleep(2)
    result["events_unpublished_at_the_end"] = left
    result["events_all_published_after_s"] = round(time.time() - drained, 1) if left == 0 else None
    result["events_published"] = int(psql("SELECT count(*) FROM domain_events WHERE published_at IS NOT NULL"))
    return {label: result}


def summary(report):
    rows = [
        "| run | requests | ok | conflicts (409) | errors by status | bookings acknowledged / lost | retries with the same key |",
        "|---|---:|---:|---:|---|---:|---:|",
    ]
    for label, r in report["runs"].items():
        errors = ", ".join(f"{k}: {v}" for k, v in r["errors_by_status"].items()) or "none"
        rows.append(
            f"| {label} | {r['requests']} | {r['ok']} | {r['conflicts']} | {errors} "
            f"| {r['bookings_acknowledged']} / {r['bookings_lost']} | {r['booking_retries']} |"
        )
    faults = report["runs"]["faults"]
    rows += [
        "",
        f"After all runs: double bookings {report['database']['double_bookings']}, "
        f"invitees booked twice (a retry that made a second booking) {report['database']['invitees_booked_twice']}.",
        "",
        "Fault run (seconds after the ramp-up): " + ", ".join(f"{k} at {v}" for k, v in faults["timeline_s"].items()) + ".",
        f"HAProxy stopped sending to the SIGKILLed instance after {faults['haproxy_out_of_rotation_s']['after_sigkill']} s "
        f"and to the draining one after {faults['haproxy_out_of_rotation_s']['after_sigterm']} s. "
        f"Events: {faults['events_published']} published in all; every one of them "
        f"{'within ' + str(faults['events_all_published_after_s']) + ' s of the end of the load' if faults['events_unpublished_at_the_end'] == 0 else 'NOT: ' + str(faults['events_unpublished_at_the_end']) + ' still unpublished after 10 minutes'}"
        " (NATS was down for 25 s in the middle of it; the worker sends e-mails first).",
    ]
    return "\n".join(rows) + "\n"


def main():
    os.makedirs(OUT, exist_ok=True)
    log("fixture: 50 hosts through HAProxy")
    subprocess.run([LOAD, "setup", "--target", TARGET, "--hosts", "50", "--org", "cluster", "--out", FIXTURE], check=True,
                   stdout=subprocess.DEVNULL)
    psql("ANALYZE")
    autovacuum = Autovacuum()
    runs = capacity_runs()
    runs.update(fault_run())
    autovacuum.stop()
    report = {"users": int(USERS), "ramp_up_s": RAMP, "hold_s": HOLD, "fault_hold_s": FAULT_HOLD, "think_time": THINK,
              "runs": runs,
              "database": database_checks()}
    json.dump(report, open(os.path.join(OUT, "report.json"), "w"), indent=2)
    text = summary(report)
    open(os.path.join(OUT, "summary.md"), "w").write(text)
    print(text)
    bad = (report["runs"]["faults"]["events_unpublished_at_the_end"] or 0) + report["database"]["double_bookings"] + report["database"]["invitees_booked_twice"] + sum(
        r["bookings_lost"] for r in report["runs"].values())
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
