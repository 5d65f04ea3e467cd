"""`news-corpus`: run the flow once, fit word models, serve on a schedule, print corpus stats or one input's record.

Everything a user can get wrong is checked before Prefect starts, and said in one
line (`--debug` adds the traceback). Exit codes: 0 done, 1 the run failed, 2 bad
input or usage, 3 the output folder is held by another run, 130 interrupted.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import traceback
from importlib import metadata
from pathlib import Path

from flows import commands, locations, settings
from flows.commands import UsageError
from flows.execution import prefect_api

EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED, EXIT_INTERRUPTED = 1, 2, 3, 130
WORDS_FOR = {int: "a whole number", float: "a number", str: "a text"}


def version() -> str:
    try:
        return metadata.version("news-corpus")
    except metadata.PackageNotFoundError:
        return "unknown"


EXAMPLES = {
    "run": """examples:
  news-corpus run                                   raw/ -> processed/, incremental
  news-corpus run --raw /data/dumps --out /data/corpus --full-refresh
  news-corpus run --raw s3://bucket/dumps --out s3://bucket/corpus""",
    "fit": """examples:
  news-corpus fit                                   refit every language's model from processed/
  news-corpus fit --language en --reference /data/clean-english""",
    "serve": """examples:
  PREFECT_API_URL=http://127.0.0.1:4200/api news-corpus serve --cron "0 2 * * *" --timezone Europe/Berlin""",
    "stats": """examples:
  news-corpus stats --out processed""",
    "show": """examples:
  news-corpus show 2024/01_harbour_wall.txt          the article, its fixes, removals and word edits
  news-corpus show 01_harbour_wall.txt --original    also the body before any line or word was changed
  news-corpus show 3f2a9c0d1e4b5a6f7081              by doc_id""",
}


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage mistake said in one line (argparse prints the whole usage first)."""

    def error(self, message: str) -> None:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


def parser() -> argparse.ArgumentParser:
    top = _Parser(prog="news-corpus", description="Turn raw news text dumps into a Parquet corpus.",
                  epilog="exit codes: 0 done, 1 the run failed, 2 bad input or usage, "
                         "3 output folder held by another run, 130 interrupted")
    top.add_argument("--version", action="version", version=f"news-corpus {version()}")
    commands = top.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, help_text, handler in (("run", "process raw/ once and publish processed/", _run),
                                     ("fit", "(re)fit the word-repair models from the published corpus", _fit),
                                     ("serve", "serve the flow as a deployment on a cron schedule", _serve),
                                     ("stats", "summary of the published corpus (DuckDB over the Parquet)", _stats),
                                     ("show", "one input's article or reject, with every change made to it",
                                      _show)):
        command = commands.add_parser(name, help=help_text, description=help_text.capitalize() + ".",
                                      epilog=EXAMPLES[name], formatter_class=argparse.RawDescriptionHelpFormatter)
        command.set_defaults(handler=handler)
        command.add_argument("--debug", action="store_true", help="show the traceback of any error")
        _options(name, command)
    return top


def _options(name: str, command: argparse.ArgumentParser) -> None:
    if name in ("run", "serve"):
        command.add_argument("--raw", default="raw", help="folder (or fsspec URL) of raw .txt files (default: raw)")
    command.add_argument("--out", default="processed",
                         help="output folder, or an fsspec URL such as s3://bucket/corpus (default: processed)")
    if name in ("run", "serve"):
        _setting_flags(command)
    else:
        command.add_argument("--cache", default=None, help="with --out URL: the local working copy")
    if name == "run":
        command.add_argument("--runner", choices=["local", "thread", "process", "dask"], default="local",
                             help="where batches run (default: local worker processes)")
        command.add_argument("--dask", metavar="ADDRESS", default=None,
                             help="run the batches on an existing Dask cluster (scheduler address)")
    if name == "show":
        command.add_argument("input", metavar="FILE_OR_ID",
                             help="a source_file as published (or its end, e.g. the file name), or a doc_id")
        command.add_argument("--original", action="store_true",
                             help="also print the body as it was before lines were taken out and words repaired")
    if name == "fit":
        command.add_argument("--language", action="append", help="only these languages (repeatable)")
        command.add_argument("--reference", action="append", default=[], metavar="DIR",
                             help="also learn from the clean .txt files under DIR (repeatable)")
    if name == "serve":
        command.add_argument("--name", default="news-corpus-serve",
                             help="deployment name (default: news-corpus-serve; prefect.yaml's is 'nightly')")
        command.add_argument("--cron", default="0 2 * * *", help="cron schedule (default: daily at 02:00)")
        command.add_argument("--timezone", default="UTC", help="time zone of the cron schedule (default: UTC)")


def _setting_flags(command: argparse.ArgumentParser) -> None:
    """One flag per setting of flows/settings.py, named after it; absent flags keep the defaults."""
    for name, kind, default, raw_help in settings.setting_fields():
        flag = "--" + name.replace("_", "-")
        help_text = raw_help.replace("%", "%%")  # argparse formats help with %: a setting's own "%" stays one
        if kind is bool:
            if default:
                command.add_argument("--no-" + name.replace("_", "-"), dest=name, action="store_false",
                                     default=argparse.SUPPRESS, help=help_text + " (on by default; this turns it off)")
            else:
                command.add_argument(flag, dest=name, action="store_true", default=argparse.SUPPRESS, help=help_text)
            continue
        shown = "" if default is None or "default" in help_text else f" (default: {default})"
        command.add_argument(flag, dest=name, type=_value_parser(kind, name), default=argparse.SUPPRESS,
                             metavar=name.split("_")[-1].upper(), help=help_text + shown)


def _value_parser(kind: type, name: str):
    """A flag's value: of the setting's type, or "none" for the settings that take it."""
    def parse(text: str):
        if text.lower() == "none":
            return None
        try:
            return kind(text)
        except ValueError:
            expected = WORDS_FOR.get(kind, kind.__name__)
            raise argparse.ArgumentTypeError(f"{name} takes {expected}, not {text!r}") from None
    return parse


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if not getattr(args, "handler", None):
        parser().print_help()
        return 0
    prefect_api.prepare_environment()
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        print("news-corpus: interrupted; the published corpus is untouched (run again to finish)", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `news-corpus show ... | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so that the exit's flush has somewhere to go
        return 0
    except (UsageError, settings.SettingsError) as error:
        return _fail(args, f"news-corpus: {error}", EXIT_USAGE)
    except Exception as error:  # noqa: BLE001 - said in one line; --debug shows where
        name = type(error).__name__
        if name == "StoreBusy":
            return _fail(args, f"news-corpus: {error}", EXIT_LOCKED)
        return _fail(args, f"news-corpus: {args.command} failed: {name}: {error} "
                           "(the published corpus is unchanged; --debug shows the traceback)", EXIT_FAILED)


def _fail(args: argparse.Namespace, message: str, code: int) -> int:
    if getattr(args, "debug", False):
        traceback.print_exc()
    print(message, file=sys.stderr)
    return code


def console() -> None:
    """The `news-corpus` command: `main`, then a quick exit.

    Tearing down an interpreter that has loaded Prefect, pyarrow and the language
    profiles takes 0.5-0.7 s; once the outputs are published, stdout is flushed and
    Prefect's queued logs and events are sent, nothing is left for it to do.
    """
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()
    os._exit(code if isinstance(code, int) else 0)


def _flow_parameters(args: argparse.Namespace) -> dict:
    """raw, out and every setting given on the command line (validated here, before Prefect)."""
    given = {name: getattr(args, name) for name, *_ in settings.setting_fields() if hasattr(args, name)}
    settings.settings_from(given)  # out-of-range values stop here, in one line
    out = args.out if locations.is_url(args.out) else str(Path(args.out).resolve())
    return {"raw": str(locations.resolve(args.raw)), "out": out, **given}


def _check_locations(params: dict) -> None:
    problem = locations.problem(params["raw"])
    if problem:
        raise UsageError(f"raw folder {params['raw']} {problem}")
    out = params["out"]
    problem = locations.problem(out, kind="output")
    if problem:
        raise UsageError(f"output {out} {problem}")
    if locations.output_inside_raw(params["raw"], out):
        raise UsageError(f"output {out} is inside the raw folder {params['raw']}, whose files are all read as "
                         "inputs: choose a folder outside it")
    if not locations.is_url(out) and Path(out).exists() and not Path(out).is_dir():
        raise UsageError(f"output {out} is a file, not a folder")
    phrases = params.get("chrome_phrases")
    if phrases and not Path(phrases).is_file():
        raise UsageError(f"--chrome-phrases {phrases} is not a file")


def _run(args: argparse.Namespace) -> int:
    started = time.monotonic()
    params = _flow_parameters(args)
    _check_locations(params)
    if args.dask:
        commands.check_dask(args.dask)
    result = commands.run_once(params, args.runner, args.dask, args.debug)
    print(commands.summary(result, params, time.monotonic() - started))
    return 0


def _fit(args: argparse.Namespace) -> int:
    for language, outcome in sorted(commands.refit(args.out, args.cache, args.reference, args.language).items()):
        print(f"{language}: {outcome}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    params = _flow_parameters(args)
    _check_locations(params)
    commands.check_schedule(args.cron, args.timezone)
    commands.serve(args.name, args.cron, args.timezone, params)
    return 0


def _show(args: argparse.Namespace) -> int:
    print(commands.show(args.out, args.cache, args.input, args.original))
    return 0


def _stats(args: argparse.Namespace) -> int:
    print(commands.stats(args.out, args.cache))
    return 0


if __name__ == "__main__":
    sys.exit(main())
