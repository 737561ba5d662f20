"""A forked worker runs one job and hands back its texts in order, each with its mark, as it
writes them (before the job ends); a job that fails, a child that dies and a worker given no
job are each told apart (the texts written before still come back, whole), and leave no
process behind."""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType

import pytest

from aliassist.services.forked_worker import ForkedWorker, can_fork

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")


def texts(count: int, word: str) -> Iterator[str]:
    for n in range(count):
        yield f"{word} {n}"


def failing(after: int) -> Iterator[str]:
    yield from texts(after, "before")
    raise ValueError("the job failed")


def slow() -> Iterator[str]:
    yield "started"
    time.sleep(60)
    yield "never"


def marked(count: int) -> Iterator[tuple[str, tuple[int, int]]]:
    for n in range(count):
        yield f"text {n}", (n * 1000, -n)


def waiting_for(answer: str) -> Iterator[str]:
    """One text, then another once the parent shows it has the first (a file appears)."""
    yield "first"
    deadline = time.monotonic() + 30
    while not Path(answer).exists():
        if time.monotonic() > deadline:
            yield "the parent never saw the first text"
            return
        time.sleep(0.01)
    yield "second"


def dying_after(count: int) -> Iterator[str]:
    yield from texts(count, "before")
    os._exit(9)


def loaded(name: str) -> Iterator[str]:
    yield str(name in sys.modules)


def mapping_texts(mapping: MappingProxyType[str, int]) -> Iterator[str]:
    yield type(mapping).__name__
    yield from (f"{k}={v}" for k, v in mapping.items())


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_the_jobs_texts_come_back_in_order_whatever_they_hold() -> None:
    odd = ["", "ü ✓ \u202e", "x" * 100_000, "line\nbreak"]
    with ForkedWorker() as worker:
        worker.run(list, odd)  # a builtin's result is the list itself: its texts
        back = worker.results()
        assert back is not None
        assert list(back) == odd
    assert gone(worker.pid)


def test_many_texts_stream_back_in_order() -> None:
    with ForkedWorker() as worker:
        worker.run(texts, 5000, "text")
        back = worker.results()
        assert back is not None and list(back) == [f"text {n}" for n in range(5000)]


def test_read_only_mappings_reach_the_job_as_read_only_mappings() -> None:
    with ForkedWorker() as worker:
        worker.run(mapping_texts, MappingProxyType({"a": 1, "b": 2}))
        back = worker.results()
        assert back is not None and list(back) == ["mappingproxy", "a=1", "b=2"]


def test_texts_come_with_their_marks() -> None:
    with ForkedWorker() as worker:
        worker.run(marked, 3)
        assert list(worker.frames()) == [("text 0", (0, 0)), ("text 1", (1000, -1)),
                                         ("text 2", (2000, -2))]
        assert worker.finished


def test_texts_come_back_while_the_job_still_runs(tmp_path: Path) -> None:
    answer = tmp_path / "seen"
    with ForkedWorker() as worker:
        worker.run(waiting_for, str(answer))
        frames = worker.frames()
        assert next(frames) == ("first", (0, 0))
        answer.touch()  # the job goes on only now
        assert list(frames) == [("second", (0, 0))]
        assert worker.finished


def test_a_job_that_fails_midway_gives_the_texts_before_and_is_not_finished() -> None:
    with ForkedWorker() as worker:
        worker.run(failing, 3)
        assert [text for text, _ in worker.frames()] == ["before 0", "before 1", "before 2"]
        assert not worker.finished
        assert worker.results() is None


def test_a_child_that_dies_midway_gives_the_texts_before_and_is_not_finished() -> None:
    with ForkedWorker() as worker:
        worker.run(dying_after, 2)
        assert [text for text, _ in worker.frames()] == ["before 0", "before 1"]
        assert not worker.finished
    assert gone(worker.pid)


def test_the_worker_loads_what_it_is_told_while_it_waits_for_its_job() -> None:
    module = "colorsys"  # nothing of the app's or the tests' loads it
    assert module not in sys.modules
    with ForkedWorker(warm=(module, "no.such.module")) as worker:  # one it cannot: no harm
        worker.run(loaded, module)
        assert list(worker.frames()) == [("True", (0, 0))] and worker.finished
    with ForkedWorker() as worker:
        worker.run(loaded, module)
        assert list(worker.frames()) == [("False", (0, 0))]


def test_a_failing_job_gives_no_results_not_part_of_them() -> None:
    with ForkedWorker() as worker:
        worker.run(failing, 3)
        assert worker.results() is None


def test_a_child_that_died_gives_no_results() -> None:
    with ForkedWorker() as worker:
        os.kill(worker.pid, signal.SIGKILL)
        worker.run(texts, 3, "x")  # its pipe is closed: no error here
        assert worker.results() is None


def test_a_worker_given_no_job_goes_away_when_closed() -> None:
    worker = ForkedWorker()
    worker.close()
    assert gone(worker.pid)
    assert worker.results() is None


def test_closing_a_worker_stops_its_job() -> None:
    began = time.monotonic()
    with ForkedWorker() as worker:
        worker.run(slow)
    assert gone(worker.pid)
    assert time.monotonic() - began < 30


def test_a_worker_takes_one_job() -> None:
    with ForkedWorker() as worker:
        worker.run(texts, 1, "a")
        with pytest.raises(RuntimeError):
            worker.run(texts, 1, "b")


def test_forking_helps_only_with_a_core_to_spare() -> None:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    assert can_fork() == (cores >= 2 and os.uname().sysname == "Linux")


def test_no_worker_when_no_temporary_file_can_be_made(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path) -> None:
    from aliassist.services.forked_worker import start_worker

    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "gone"))
    assert start_worker() is None
    monkeypatch.undo()
    worker = start_worker()
    assert (worker is not None) == can_fork()
    if worker is not None:
        worker.close()
