import gc

import pytest

from aliassist.services.gc_passes import without_gc_passes


@pytest.fixture(autouse=True)
def _collector_back_on():
    yield
    gc.enable()


def test_no_collector_passes_inside_and_the_collector_is_back_after():
    gc.enable()
    with without_gc_passes():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_is_back_after_an_error():
    gc.enable()
    with pytest.raises(ValueError), without_gc_passes():
        raise ValueError("stop")
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off():
    gc.disable()
    with without_gc_passes():
        pass
    assert not gc.isenabled()
