"""Local AWS for awsmon: moto server with awsmon's patches, plus the local Lambda executor
(dev tooling, not production code).

    python -m localaws [--workdir DIR] [--schedules manual|realtime] [--insights-running-polls N] [--iam]

Binds to 127.0.0.1 on free ports and prints one JSON line on stdout when both serve:
    {"endpoint": "http://127.0.0.1:P", "control": "http://127.0.0.1:Q", "pid": N}
Logs go to stderr. It stops on SIGTERM/SIGINT, or when the process that started it dies, and
kills every function process it started.
"""

from __future__ import annotations

import argparse
import ctypes
import faulthandler
import json
import logging
import os
import signal
import sys
import tempfile
import threading

PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Ask the kernel to SIGTERM us when our parent exits, so a crashed test leaves no server."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except OSError:
        pass
    if os.getppid() == 1:  # the parent died before prctl took effect
        sys.exit(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="localaws", description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", help="where function code is unpacked (default: a temp dir)")
    parser.add_argument("--schedules", choices=("manual", "realtime"), default="manual",
                        help="manual: schedule rules fire only through POST /schedules/run; "
                             "realtime: rate() rules also fire on their period")
    parser.add_argument("--insights-running-polls", type=int, default=1,
                        help="GetQueryResults calls that answer Running before Complete")
    parser.add_argument("--iam", action="store_true",
                        help="evaluate the functions' calls against their execution roles' IAM "
                             "policies (everyone else stays an administrator): see localaws/iam.py")
    parser.add_argument("--log-level", default="INFO")
    args = parser.parse_args(argv)

    _die_with_parent()
    logging.basicConfig(
        level=args.log_level.upper(), stream=sys.stderr,
        format='{"time":"%(asctime)s","level":"%(levelname)s","logger":"%(name)s","message":%(message)r}',
    )
    logging.getLogger("werkzeug").setLevel(logging.WARNING)

    # Everything moto-related is imported after the environment is settled.
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "testing")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "testing")
    os.environ.pop("MOTO_ACCOUNT_ID", None)  # it would force every request into one account
    from moto.core.config import default_user_config
    from moto.server import ThreadedMotoServer

    from .executor import Executor
    from .patches import install_all
    from .control import ControlServer
    from .triggers import Scheduler, SqsPoller

    default_user_config["lambda"]["use_docker"] = False
    workdir = args.workdir or tempfile.mkdtemp(prefix="localaws-")
    os.makedirs(workdir, exist_ok=True)

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"

    function_log = logging.getLogger("localaws.function")
    executor = Executor(endpoint, workdir, log_sink=function_log.info)
    install_all(executor, insights_running_polls=args.insights_running_polls)
    if args.iam:
        from . import iam

        iam.install()
    scheduler = Scheduler(executor, realtime=args.schedules == "realtime")
    poller = SqsPoller(executor)
    control = ControlServer(executor, scheduler)
    scheduler.start()
    poller.start()

    stopping = threading.Event()

    def stop(*_: object) -> None:
        stopping.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    # A launcher that does not stop can be asked where it is stuck (the tests do).
    faulthandler.register(signal.SIGUSR1, file=sys.stderr, all_threads=True)
    print(json.dumps({"endpoint": endpoint, "control": control.url, "pid": os.getpid()}), flush=True)
    # In short waits: Python runs a signal's handler in the main thread only when it next runs
    # bytecode, and a signal the kernel delivers to another thread does not wake a main thread
    # blocked in an untimed wait (seen: a SIGTERM ignored for 30 s on a loaded machine).
    while not stopping.wait(timeout=0.2):
        pass

    # Function processes go first; then the servers. Should anything block, the watchdog dumps
    # every thread's stack (for diagnosis) and ends the process anyway.
    watchdog = threading.Timer(5.0, _give_up)
    watchdog.daemon = True
    watchdog.start()
    scheduler.stop()
    poller.stop()
    executor.shutdown()
    control.close()
    server.stop()
    return 0


def _give_up() -> None:
    faulthandler.dump_traceback(file=sys.stderr, all_threads=True)
    os._exit(3)


if __name__ == "__main__":
    sys.exit(main())
