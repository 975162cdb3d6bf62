"""A throwaway PostgreSQL server for tests and benchmarks, from the installed PostgreSQL binaries.

Debian keeps them in /usr/lib/postgresql/<version>/bin (the newest version is used), other systems
on PATH. The cluster lives in a fresh folder under /tmp: trust auth for user `ng`, a free TCP port
on 127.0.0.1 and the unix socket in that folder, fsync off (the data is thrown away). initdb refuses
to run as root, so as root (CI) the cluster belongs to the `postgres` system user, else `nobody`.
Nothing is registered with the system and no service is started; leaving the context stops the
server and deletes the folder.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def postgres_bin() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL is not installed."""
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                      key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    if versions:
        bin_dir = versions[-1].parent
    else:
        initdb = shutil.which("initdb")
        if initdb is None:
            return None
        bin_dir = Path(initdb).parent
    return bin_dir if (bin_dir / "pg_ctl").exists() else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def throwaway_postgres(bin_dir: Path) -> Iterator[str]:
    """Start a private PostgreSQL server; yields a DSN for its `postgres` database over the socket."""
    run_as: dict[str, Any] = {}
    root = os.geteuid() == 0
    if root:  # initdb refuses root: the cluster belongs to an unprivileged user
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            owner = pwd.getpwnam("nobody")
        run_as = {"user": owner.pw_uid, "group": owner.pw_gid, "extra_groups": []}
    # /tmp itself as root: pytest's tmp folders are root-only (0700) and the owner must reach its files
    home = Path(tempfile.mkdtemp(prefix="newsgraph-pg-", dir="/tmp" if root else None))
    if root:
        os.chown(home, owner.pw_uid, owner.pw_gid)
    data, port = home / "data", free_port()
    env = {**os.environ, "LC_ALL": "C"}

    def pg(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(bin_dir / args[0]), *args[1:]], cwd=home, env=env, capture_output=True,
                              text=True, timeout=60, check=False, **run_as)

    try:
        made = pg("initdb", "-D", str(data), "-U", "ng", "--auth=trust", "--no-sync", "-E", "UTF8", "--no-locale")
        if made.returncode != 0:
            raise RuntimeError(f"initdb failed: {made.stderr[-2000:]}")
        options = (f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off "
                   "-c synchronous_commit=off")
        log = home / "server.log"
        started = pg("pg_ctl", "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o", options, "start")
        if started.returncode != 0:
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {started.stderr[-1000:]} {tail}")
        yield f"host={home} port={port} user=ng dbname=postgres"
    finally:
        if (data / "postmaster.pid").exists():
            pg("pg_ctl", "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(home, ignore_errors=True)
