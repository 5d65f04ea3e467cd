"""`news-corpus` as a user meets it: help, mistakes said in one line before Prefect starts, Ctrl-C, a live
display in a terminal, a failed flow run that fails, reports, deployments that do not clobber each other."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
import yaml
from support import DEV_SMALL, REPO, command, need, run

from flows.output.store import Store

pytestmark = pytest.mark.slow


def isolated_env(home: Path) -> dict:
    """The user's environment without any Prefect setting, and a PREFECT_HOME of the test's own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    return env | {"PREFECT_HOME": str(home), "DO_NOT_TRACK": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}


def one_line_run(args: list[str], env: dict, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(command(*args), capture_output=True, text=True, env=env, timeout=timeout, cwd=REPO)


def test_help_version_and_examples(tmp_path):
    env = isolated_env(tmp_path / "home")
    alone = one_line_run([], env)
    assert alone.returncode == 0 and "run" in alone.stdout and "exit codes" in alone.stdout
    assert one_line_run(["--version"], env).stdout.startswith("news-corpus ")
    for name in ("run", "fit", "serve", "stats"):
        shown = one_line_run([name, "--help"], env).stdout
        assert "examples:" in shown and "news-corpus " + name in shown, name
    assert "(default: 0.8)" in one_line_run(["run", "--help"], env).stdout


@pytest.mark.parametrize("args, code, says", [
    (["run", "--raw", "/no/such/folder"], 2, "does not exist"),
    (["run", "--raw", "README.md"], 2, "is not a folder"),
    (["run", "--out", "README.md"], 2, "is a file"),
    (["run", "--out", "raw/processed"], 2, "is inside the raw folder"),
    (["run", "--workers", "-3"], 2, "workers must be at least 1"),
    (["run", "--dedup-threshold", "1.5"], 2, "dedup_threshold must be between 0.0 and 1.0"),
    (["run", "--max-bytes", "lots"], 2, "max_bytes takes a whole number, not 'lots'"),
    (["run", "--dask", "tcp://127.0.0.1:9"], 2, "cannot be reached"),
    (["run", "--chrome-phrases", "/no/such/file"], 2, "is not a file"),
    (["serve", "--cron", "every day"], 2, "Invalid cron string"),
    (["serve", "--timezone", "Mars/Olympus"], 2, "Invalid timezone"),
    (["serve"], 2, "serve needs a running Prefect server"),
])
def test_mistakes_are_said_in_one_line_before_prefect_starts(args, code, says, tmp_path):
    home = tmp_path / "home"
    env = isolated_env(home)
    done = one_line_run(args, env)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == code and len(lines) == 1 and says in lines[0], done.stderr
    assert "Traceback" not in done.stderr
    if args[0] == "run":  # Prefect never even imported: no PREFECT_HOME made (serve asks Prefect about its schedule)
        assert not home.exists()
        assert "Traceback" in one_line_run([*args, "--debug"], env).stderr or "--max-bytes" in args


def test_a_busy_output_folder_is_said_at_once_and_wait_says_for_whom(tmp_path):
    env = isolated_env(tmp_path / "home")
    out = tmp_path / "out"
    with Store(out).locked():
        busy = one_line_run(["run", "--out", str(out)], env)
        assert busy.returncode == 3 and "is being written by pid" in busy.stderr and not (tmp_path / "home").exists()
        waiting = subprocess.Popen(command("run", "--out", str(out), "--wait", "--no-word-repair"),
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, cwd=REPO, text=True)
        first = waiting.stdout.readline()
        assert "waiting for the run that holds the output folder (pid" in first
    assert waiting.wait(timeout=120) == 0  # and runs once the lock is free


def test_ctrl_c_stops_the_run_in_seconds_with_one_line_and_leaves_nothing_behind(tmp_path):
    """SIGINT to the whole process group, as a terminal sends it."""
    need(DEV_SMALL)
    env = isolated_env(tmp_path / "home")
    out = tmp_path / "out"
    process = subprocess.Popen(command("run", "--raw", str(DEV_SMALL / "raw"), "--out", str(out)), env=env, cwd=REPO,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    log = b""
    while b"first pass:" not in log:
        assert process.poll() is None, log
        if select.select([process.stderr], [], [], 1)[0]:
            log += os.read(process.stderr.fileno(), 65536)
    helpers = psutil.Process(process.pid).children(recursive=True)
    assert any("uvicorn" in " ".join(p.cmdline()) for p in helpers)  # its own temporary API
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 130
    # a progress line logged in the instant between reading the log and the signal may still come out
    # (Prefect is silenced at the signal, so an INFO line predates it); nothing else may
    said = [line for line in err.decode().splitlines() if line.strip() and "| INFO    |" not in line]
    assert said == ["news-corpus: interrupted; the published corpus is untouched (run again to finish)"], said
    deadline = time.monotonic() + 10  # workers notice their owner is gone within a second
    while any(p.is_running() and p.status() != psutil.STATUS_ZOMBIE for p in helpers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [p for p in helpers if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    assert not (out / "articles").exists()  # nothing was published


def test_a_terminal_gets_a_live_display_of_every_phase(tmp_path):
    env = isolated_env(tmp_path / "home") | {"COLUMNS": "120"}
    pid, fd = pty.fork()
    if pid == 0:  # the child: the command, its output a terminal
        os.execve(sys.executable, [sys.executable, "-m", "flows.cli", "run", "--raw", str(REPO / "raw"),
                                   "--out", str(tmp_path / "out")], env | {"PWD": str(REPO)})
    shown = b""
    while select.select([fd], [], [], 120)[0]:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    _, status = os.waitpid(pid, 0)
    text = shown.decode(errors="replace")
    assert os.waitstatus_to_exitcode(status) == 0, text[-2000:]
    for phase in ("first pass", "corpus-wide phases", "second pass", "publishing"):
        assert phase in text, phase
    assert "━" in text and text.count("files -> 5 articles") == 1  # a bar, and the summary once


def test_a_flow_run_whose_raw_folder_is_missing_fails_and_an_empty_one_says_so(prefect_api_url, tmp_path):
    from prefect.artifacts import Artifact

    from flows.execution.runners import task_runner
    from flows.flow import corpus_flow

    flow = corpus_flow.with_options(task_runner=task_runner("thread", 1))
    state = flow(raw=str(tmp_path / "missing"), out=str(tmp_path / "out"), return_state=True)
    assert state.is_failed() and "does not exist" in state.message
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "page.html").write_text("<html></html>")  # not an input: said, not silently passed over
    result = run(tmp_path / "empty", tmp_path / "out2", runner="thread")
    assert result["files_processed"] == 0 and not (tmp_path / "out2" / "articles").exists()
    report = Artifact.get("news-corpus-run")
    assert "nothing to do" in report.description and "no .txt" in report.data
    assert "1 file that is not an input (.html 1)" in report.data


def test_reports_carry_the_flow_run_and_tables_with_headers_and_staging_goes(prefect_api_url, tmp_path):
    from prefect.artifacts import Artifact

    result = run(REPO / "raw", tmp_path / "out", runner="thread", word_repair=False)
    assert result["flow_run_id"] and result["titles"]
    report = Artifact.get("news-corpus-run").data
    assert result["flow_run_id"] in report and "| reason | files |" in report
    assert not any((tmp_path / "out" / ".staging").iterdir())


def test_serve_and_prefect_yaml_name_their_deployments_apart():
    from flows.cli import parser

    declared = {d["name"] for d in yaml.safe_load((REPO / "prefect.yaml").read_text())["deployments"]}
    serve = parser().parse_args(["serve"])
    assert serve.name not in declared


def test_the_test_session_never_touches_the_users_prefect(prefect_api_url):
    import tempfile

    from prefect.settings import get_current_settings

    assert os.environ["PREFECT_HOME"].startswith(tempfile.gettempdir())
    assert str(get_current_settings().home).startswith(tempfile.gettempdir())
    assert prefect_api_url.startswith("http://127.0.0.1:") and os.environ["PREFECT_API_URL"] == prefect_api_url


def test_a_failed_run_is_one_line_in_the_terminal_and_the_traceback_only_with_debug(tmp_path):
    """The run itself fails (the output folder's `manifests` is a file): Prefect's console lines stay,
    its traceback does not; the last line says what failed and that nothing was published."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "a.txt").write_text(" date 2024-01-02 A title\n\nA body.\n")
    out.mkdir()
    (out / "manifests").write_text("not a folder")
    env = isolated_env(tmp_path / "home")
    plain = one_line_run(["run", "--raw", str(raw), "--out", str(out)], env, timeout=120)
    assert plain.returncode == 1
    said = plain.stderr + plain.stdout
    assert "Traceback" not in said
    assert said.strip().splitlines()[-1].startswith("news-corpus: run failed: StoreUnsafe")
    assert "manifests is not a folder" in said.strip().splitlines()[-1]
    debug = one_line_run(["run", "--raw", str(raw), "--out", str(out), "--debug"], env, timeout=120)
    assert debug.returncode == 1 and "Traceback" in debug.stderr + debug.stdout


def test_a_run_started_by_hand_sends_no_heartbeats_unless_asked(monkeypatch):
    """Prefect joins its heartbeat thread, which sleeps in 1 s steps, at the end of every run."""
    from prefect.settings import get_current_settings

    from flows.commands import no_heartbeats

    monkeypatch.delenv("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", raising=False)
    monkeypatch.delenv("PREFECT_RUNNER_HEARTBEAT_FREQUENCY", raising=False)
    with no_heartbeats():
        assert get_current_settings().flows.heartbeat_frequency is None
    before = get_current_settings().flows.heartbeat_frequency
    assert before is not None  # Prefect's default sends them
    monkeypatch.setenv("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", str(before))
    with no_heartbeats():  # the user's own setting stands
        assert get_current_settings().flows.heartbeat_frequency == before
